package com.leeway.notice;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.account.Role;
import com.leeway.request.RequestDecided;
import com.leeway.request.RequestEscalated;
import com.leeway.request.RequestExpired;
import com.leeway.request.RequestAgenda;
import com.leeway.request.RequestQueries;
import com.leeway.request.WaitsFor;
import com.leeway.request.RequestRevoked;
import com.leeway.request.RequestStatus;
import com.leeway.request.RequestSubmitted;
import com.leeway.request.RequestView;
import com.leeway.request.RequestWithdrawn;

/**
 * Tells people what happened to a request, after the change is committed and in a transaction of its own; a
 * listener that fails is tried again from the event publication registry. Each reader gets their own notice: the
 * requester one per step about their request (at submission: the ruling and what happens next), managers what
 * they must decide and by when, IT staff what to review and by when. Closing a request asks the requester how it
 * went. A notice that is no longer true when the listener runs (the request has moved on) is not sent.
 */
@Component
class RequestNotices {

	private final Notices notices;

	private final RequestQueries queries;

	private final Directory directory;

	private final RequestAgenda agendas;

	private final com.leeway.ruling.RuleEvaluator rulings;

	RequestNotices(Notices notices, RequestQueries queries, Directory directory, RequestAgenda agendas,
			com.leeway.ruling.RuleEvaluator rulings) {
		this.rulings = rulings;
		this.notices = notices;
		this.queries = queries;
		this.directory = directory;
		this.agendas = agendas;
	}

	@ApplicationModuleListener
	void on(RequestSubmitted event) {
		RequestView request = view(event.requestId());
		Map<String, Object> model = model(request);
		model.put("status", event.status().name());
		// Who to talk to about the standard, for a requester whose request the rules denied.
		model.put("owner", rulings.standards().find(request.standardKey()).map(standard -> standard.owner()).orElse(null));
		if (event.status().isWaiting()) {
			model.put("due", agendas.dueAt(WaitsFor.of(event.status()), request.submittedAt()));
		}
		notices.send(request.requester(), request.id(), "RULED:" + request.id(),
				new Notices.Message("RULED", "ruled", true, model));
		if (event.status() == RequestStatus.IN_REVIEW && request.status() == RequestStatus.IN_REVIEW) {
			for (Actor staff : directory.withRole(Role.IT_STAFF)) {
				notices.send(staff.username(), request.id(), "REVIEW:" + request.id() + ":" + staff.username(),
						new Notices.Message("REVIEW", "review", true, model));
			}
		}
	}

	@ApplicationModuleListener
	void on(RequestEscalated event) {
		RequestView request = view(event.requestId());
		if (request.status() != RequestStatus.ESCALATED) {
			return;
		}
		Map<String, Object> model = model(request);
		model.put("due", agendas.dueAt(WaitsFor.MANAGER_DECISION, event.at()));
		if (event.by() != null && request.decision() != null) {
			model.put("sentBy", request.decision().decidedByName());
			model.put("reason", request.decision().justification());
		}
		else {
			model.put("reason", request.ruling().justification());
		}
		for (Actor manager : directory.decidersFor(event.department(), event.requester())) {
			notices.send(manager.username(), request.id(), "ESCALATED:" + request.id() + ":" + manager.username(),
					new Notices.Message("ESCALATED", "escalated", true, model));
		}
	}

	@ApplicationModuleListener
	void on(RequestDecided event) {
		RequestView request = view(event.requestId());
		Map<String, Object> model = model(request);
		model.put("status", event.status().name());
		model.put("decidedBy", directory.nameOf(event.decidedBy()));
		model.put("reason", request.decision() == null ? "" : request.decision().justification());
		if (event.status() == RequestStatus.ESCALATED) {
			Instant escalatedAt = request.decision() == null ? request.submittedAt() : request.decision().decidedAt();
			model.put("due", agendas.dueAt(WaitsFor.MANAGER_DECISION, escalatedAt));
			notices.send(request.requester(), request.id(), "SENT_UP:" + request.id(),
					new Notices.Message("DECIDED", "sent-up", true, model));
			return;
		}
		notices.send(request.requester(), request.id(), "DECIDED:" + request.id(),
				new Notices.Message("DECIDED", "decided", true, model));
		askHowItWent(request);
	}

	@ApplicationModuleListener
	void on(RequestWithdrawn event) {
		askHowItWent(view(event.requestId()));
	}

	@ApplicationModuleListener
	void on(RequestExpired event) {
		RequestView request = view(event.requestId());
		notices.send(request.requester(), request.id(), RequestStatus.EXPIRED + ":" + request.id(),
				new Notices.Message(RequestStatus.EXPIRED.name(), "expired", true, model(request)));
	}

	@ApplicationModuleListener
	void on(RequestRevoked event) {
		RequestView request = view(event.requestId());
		Map<String, Object> model = model(request);
		model.put("revokedBy", directory.nameOf(event.by()));
		model.put("reason", event.reason());
		notices.send(request.requester(), request.id(), RequestStatus.REVOKED + ":" + request.id(),
				new Notices.Message(RequestStatus.REVOKED.name(), "revoked", true, model));
	}

	private void askHowItWent(RequestView request) {
		notices.send(request.requester(), request.id(), "SURVEY:" + request.id(),
				new Notices.Message("SURVEY", "survey", false, model(request)));
	}

	static Map<String, Object> model(RequestView request) {
		Map<String, Object> model = new HashMap<>();
		model.put("request", request);
		return model;
	}

	private RequestView view(Long id) {
		// The request as it stands now, through the request module's read for Leeway itself. A read without the
		// timeline (which notices do not need) replaces this once the request module offers one.
		return queries.viewAsSystem(id);
	}

}
