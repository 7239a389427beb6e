package com.leeway.request;

/**
 * The company took back a granted exception before its end date; {@code reason} is what the person who revoked it
 * wrote.
 */
public record RequestRevoked(Long requestId, String reference, String requester, String by, String reason) {
}
