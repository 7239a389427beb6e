package com.leeway.request;

/**
 * A granted exception reached its end date.
 */
public record RequestExpired(Long requestId, String reference, String requester) {
}
