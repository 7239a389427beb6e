package com.leeway.servicelevel;

import java.time.Instant;

import com.leeway.request.RequestStatus;

/**
 * A requester who waits is owed their {@code number}-th word on where the request stands; {@code late} when the
 * due date has passed (then {@code nextLevel} has been told).
 */
public record StatusUpdateDue(Long requestId, RequestStatus waitingAs, long number, Instant due, boolean late,
		String nextLevel) {
}
