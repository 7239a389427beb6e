package com.leeway.servicelevel;

import java.time.Instant;
import java.util.List;

import com.leeway.request.RequestStatus;

/**
 * A waiting request passed its due date undecided: its {@code holders} are told to decide now and
 * {@code nextLevel} (a user name, e.g. the head of IT) is told to see that it is.
 */
public record DecisionOverdue(Long requestId, RequestStatus waitingAs, List<String> holders, String nextLevel,
		Instant waitingSince, Instant due) {

	public DecisionOverdue {
		holders = List.copyOf(holders);
	}

}
