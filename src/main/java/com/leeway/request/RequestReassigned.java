package com.leeway.request;

/**
 * A waiting request has a new holder: IT staff or an administrator moved it to another decider ({@code by} names
 * them, {@code reason} says why), or it was overdue and Leeway passed it on to the next level ({@code overdue} is
 * true, {@code by} is Leeway).
 */
public record RequestReassigned(Long requestId, String reference, String requester, String to, String by,
		String reason, boolean overdue) {
}
