package com.leeway.request;

import java.time.Instant;

/**
 * A request as a list row and an export line show it: no ruling, no timeline; the agenda only where the list shows
 * who holds a request (the requester's own list).
 */
public record RequestRow(Long id, String reference, String product, String standardName, String requester,
		String requesterName, String department, Instant submittedAt, RequestStatus status, Instant expiresAt,
		Instant waitingSince, String assignedTo, RequestView.AgendaView agenda) {

	RequestStanding standing() {
		return new RequestStanding(id, reference, requester, department, status, waitingSince, assignedTo, false);
	}

	RequestRow with(RequestView.AgendaView agenda) {
		return new RequestRow(id, reference, product, standardName, requester, requesterName, department, submittedAt,
				status, expiresAt, waitingSince, assignedTo, agenda);
	}

}
