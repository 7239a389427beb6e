package com.leeway.followup;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.account.Role;
import com.leeway.request.RequestDecided;
import com.leeway.request.RequestExpired;
import com.leeway.request.RequestRevoked;
import com.leeway.request.RequestDates;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestStatus;
import com.leeway.request.RequestSubmitted;
import com.leeway.request.RequestView;
import com.leeway.request.RequestWithdrawn;

/**
 * Tells people what happened to a request, in the same transaction as the change: the requester at every step,
 * the managers when a request comes to them, IT staff when one needs review. Closing a request asks the
 * requester how it went.
 */
@Component
class RequestNotices {

	private final Notices notices;

	private final RequestQueries queries;

	private final Directory directory;

	private final ServiceLevels levels;

	RequestNotices(Notices notices, RequestQueries queries, Directory directory, ServiceLevels levels) {
		this.notices = notices;
		this.queries = queries;
		this.directory = directory;
		this.levels = levels;
	}

	@EventListener
	void on(RequestSubmitted event) {
		RequestView request = view(event.requestId());
		String what = request.reference() + " (" + request.product() + ", " + request.standardName() + ")";
		notices.send(request.requester(), request.id(), "ACKNOWLEDGED:" + request.id(), new Notices.Message("ACKNOWLEDGED",
				false, "We received your request " + request.reference(),
				"Your request " + what + " arrived and was ruled on at once. The decision and its reasons follow."));
		notices.send(request.requester(), request.id(), "RULED:" + request.id(), new Notices.Message("RULED", true,
				"Request " + request.reference() + ": " + outcomeWords(request.status()),
				"The rules decided on your request " + what + ": " + outcomeWords(request.status()) + ".\n\nWhy: "
						+ request.ruling().justification() + "\n\nWhat happens next: " + nextStep(request)));
		if (request.status() == RequestStatus.ESCALATED) {
			escalated(request);
		}
		else if (request.status() == RequestStatus.IN_REVIEW) {
			for (Actor staff : directory.withRole(Role.IT_STAFF)) {
				notices.send(staff.username(), request.id(), "REVIEW:" + request.id() + ":" + staff.username(),
						new Notices.Message("REVIEW", true, "Please review request " + request.reference(),
								request.requesterName() + " asked for " + what
										+ " and no rule decides it. Please approve, deny or send it to the manager, with a written reason, by "
										+ RequestDates.day(request.agenda().dueAt()) + "."));
			}
		}
	}

	@EventListener
	void on(RequestDecided event) {
		RequestView request = view(event.requestId());
		if (request.status() == RequestStatus.ESCALATED) {
			notices.send(request.requester(), request.id(), "SENT_UP:" + request.id(), new Notices.Message("DECIDED",
					true, "Request " + request.reference() + " is now with your manager",
					"IT staff reviewed your request and sent it to the manager of " + request.department()
							+ " to decide. Their reason: " + request.decision().justification()));
			escalated(request);
			return;
		}
		notices.send(request.requester(), request.id(), "DECIDED:" + request.id(), new Notices.Message("DECIDED", true,
				"Request " + request.reference() + ": " + outcomeWords(request.status()),
				request.decision().decidedByName() + " decided your request " + request.reference() + ": "
						+ outcomeWords(request.status()) + ".\n\nWhy: " + request.decision().justification()
						+ "\n\nWhat happens next: " + nextStep(request)));
		askHowItWent(request);
	}

	@EventListener
	void on(RequestWithdrawn event) {
		askHowItWent(view(event.requestId()));
	}

	@EventListener
	void on(RequestExpired event) {
		RequestView request = view(event.requestId());
		notices.send(request.requester(), request.id(), RequestStatus.EXPIRED + ":" + request.id(),
				new Notices.Message(RequestStatus.EXPIRED.name(), true,
						"Your exception " + request.reference() + " has expired",
						"Your exception for " + request.product() + " reached its end date today. If you still need it, ask to renew it in Leeway."));
	}

	@EventListener
	void on(RequestRevoked event) {
		RequestView request = view(event.requestId());
		notices.send(request.requester(), request.id(), RequestStatus.REVOKED + ":" + request.id(),
				new Notices.Message(RequestStatus.REVOKED.name(), true,
						"Your exception " + request.reference() + " was revoked",
						"Your exception for " + request.product() + " was revoked by " + directory.nameOf(event.by())
								+ ". Why: " + event.reason()));
	}

	private void escalated(RequestView request) {
		for (Actor manager : directory.managersOf(request.department())) {
			if (manager.username().equals(request.requester())) {
				continue;
			}
			notices.send(manager.username(), request.id(), "ESCALATED:" + request.id() + ":" + manager.username(),
					new Notices.Message("ESCALATED", true, "Your decision is needed: " + request.reference(),
							request.requesterName() + " asked for an exception: " + request.product() + " ("
									+ request.standardName() + "). The rules sent it to you because: "
									+ request.ruling().justification() + "\n\nPlease approve or deny it, with a written reason, by "
									+ RequestDates.day(request.agenda().dueAt()) + "."));
		}
	}

	private void askHowItWent(RequestView request) {
		notices.send(request.requester(), request.id(), "SURVEY:" + request.id(), new Notices.Message("SURVEY", false,
				"How did it go with " + request.reference() + "?",
				"Your request " + request.reference() + " is closed. Please tell us in one click how well we handled it (1 to 5), so we can do better."));
	}

	private RequestView view(Long id) {
		return queries.viewAsSystem(id);
	}

	static String outcomeWords(RequestStatus status) {
		return switch (status) {
			case APPROVED -> "approved";
			case DENIED -> "denied";
			case ESCALATED -> "sent to your manager to decide";
			case IN_REVIEW -> "sent to IT staff for review";
			default -> status.words();
		};
	}

	static String nextStep(RequestView request) {
		return switch (request.status()) {
			case APPROVED -> "you may use the product until " + RequestDates.day(request.expiresAt())
					+ "; you will be reminded before it ends.";
			case DENIED -> "the request is closed; the reasons name what you can use instead.";
			case ESCALATED -> "the manager of " + request.department() + " decides and writes down why; you will be told.";
			case IN_REVIEW -> "a member of IT staff reviews it and writes down the decision; you will be told.";
			default -> "nothing more happens.";
		};
	}

}
