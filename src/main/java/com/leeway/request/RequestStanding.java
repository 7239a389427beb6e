package com.leeway.request;

import java.time.Duration;
import java.time.Instant;

/**
 * The facts of a request that say who may do what with it and what it waits for; what {@link RequestPolicy} and
 * {@link RequestAgenda} decide from.
 *
 * @param waitingSince when the current wait began (submission, or when IT staff sent it to a manager, or when it
 *        was passed on); null when it waits for nobody
 * @param assignedTo who holds it after a reassignment or a pass-on; null when it is with the usual deciders
 * @param renewed whether it has been renewed already (an exception is renewed at most once)
 * @param askedAt when a decider's question to the requester was asked (the requester's wait began); null when none
 *        is open
 * @param paused how long the decider's clock has stood still while the requester was asked (the decider's due date
 *        moves by this much)
 * @param questionBy who asked the open question
 */
public record RequestStanding(Long id, String reference, String requester, String department, RequestStatus status,
		Instant waitingSince, String assignedTo, boolean renewed, Instant askedAt, Duration paused,
		String questionBy) {

	public RequestStanding {
		paused = paused == null ? Duration.ZERO : paused;
	}

	public RequestStanding(Long id, String reference, String requester, String department, RequestStatus status,
			Instant waitingSince, String assignedTo, boolean renewed) {
		this(id, reference, requester, department, status, waitingSince, assignedTo, renewed, null, Duration.ZERO,
				null);
	}

}
