package com.leeway.request;

/**
 * A request was stored with its ruling; {@code status} is where the rules left it.
 */
public record RequestSubmitted(Long requestId, String reference, String requester, String department,
		RequestStatus status) {
}
