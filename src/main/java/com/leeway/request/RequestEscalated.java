package com.leeway.request;

import java.time.Instant;

/**
 * A request now waits for a manager's decision: the rules sent it there at submission ({@code by} is null), or IT
 * staff did after a review ({@code by} names them). The decision is due counted from {@code at}.
 */
public record RequestEscalated(Long requestId, String reference, String requester, String department, String by,
		Instant at) {
}
