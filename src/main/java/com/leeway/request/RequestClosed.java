package com.leeway.request;

/**
 * A granted exception ended: it expired on its date, or the company revoked it ({@code reason} says why).
 */
public record RequestClosed(Long requestId, String reference, String requester, RequestStatus status, String by,
		String reason) {
}
