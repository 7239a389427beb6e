package com.leeway.request;

import java.time.Instant;

/**
 * The facts of a request that say who may do what with it and what it waits for; what {@link RequestPolicy} and
 * {@link RequestAgenda} decide from.
 *
 * @param waitingSince when the current wait began (submission, or when IT staff sent it to a manager, or when it
 *        was passed on); null when it waits for nobody
 * @param assignedTo who holds it after a reassignment or a pass-on; null when it is with the usual deciders
 * @param renewed whether it has been renewed already (an exception is renewed at most once)
 */
public record RequestStanding(Long id, String reference, String requester, String department, RequestStatus status,
		Instant waitingSince, String assignedTo, boolean renewed) {
}
