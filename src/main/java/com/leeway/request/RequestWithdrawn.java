package com.leeway.request;

/**
 * The requester withdrew a request that was still waiting for a person.
 */
public record RequestWithdrawn(Long requestId, String reference, String requester, RequestStatus wasWaitingAs) {
}
