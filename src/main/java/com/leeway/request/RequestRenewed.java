package com.leeway.request;

/**
 * The requester asked again for a granted or expired exception: {@code requestId} is the new request (which is
 * also announced as {@link RequestSubmitted}), {@code renewalOfId} the one it renews.
 */
public record RequestRenewed(Long requestId, String reference, Long renewalOfId, String renewalOfReference,
		String requester) {
}
