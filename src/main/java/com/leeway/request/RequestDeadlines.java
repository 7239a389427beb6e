package com.leeway.request;

import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read ports of the service-level jobs: which granted exceptions end by a date, and which requests wait for a
 * person, each with its agenda (holders, since when, due when, late or not) as {@link RequestAgenda} computes it.
 * Views, never the stored requests.
 */
@Service
@Transactional(readOnly = true)
public class RequestDeadlines {

	private final ExceptionRequests requests;

	private final RequestViews views;

	RequestDeadlines(ExceptionRequests requests, RequestViews views) {
		this.requests = requests;
		this.views = views;
	}

	/** Granted exceptions that end at or before this moment, soonest first. */
	public List<RequestView> grantedExpiringBy(Instant at) {
		RequestViews.Names names = views.names();
		return requests.findGrantedExpiringBy(RequestStatus.APPROVED, at)
			.stream()
			.map(request -> views.of(request, RequestViews.Detail.BRIEF, names))
			.toList();
	}

	/** Every request that waits for a person, longest waiting first, with its agenda. */
	public List<RequestView> waiting() {
		RequestViews.Names names = views.names();
		return requests.findByStatusInOrderByWaitingSinceAscIdAsc(List.of(RequestStatus.ESCALATED, RequestStatus.IN_REVIEW))
			.stream()
			.map(request -> views.of(request, RequestViews.Detail.AGENDA, names))
			.toList();
	}

	/** The waiting requests that are late now. */
	public List<RequestView> overdue() {
		return waiting().stream().filter(request -> request.agenda().late()).toList();
	}

}
