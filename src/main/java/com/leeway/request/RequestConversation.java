package com.leeway.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.leeway.account.Actor;
import com.leeway.audit.Timeline;
import com.leeway.ruling.Ruling;
import com.leeway.system.UserFacingException;

/**
 * Questions that pause the clock: whoever holds a waiting request asks the requester a question instead of
 * deciding; the request waits for the requester and the decider's due date stands still. The requester answers
 * (also after the request was closed as unanswered, which reopens it), perhaps changing what they ask for: then the
 * rules rule again on the changed request, outside any transaction, and a ruling that approves or denies decides
 * it; otherwise it goes back to whoever held it, whose due date moved by the time the requester took. A question
 * nobody answers within {@code leeway.service-levels.answer-days} working days closes the request as unanswered.
 */
@Service
public class RequestConversation {

	private final ExceptionRequests requests;

	private final RequestAgenda agendas;

	private final RequestDesk desk;

	private final Timeline timeline;

	private final RequestViews views;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final TransactionTemplate read;

	RequestConversation(ExceptionRequests requests, RequestAgenda agendas, RequestDesk desk, Timeline timeline,
			RequestViews views, Clock clock, PlatformTransactionManager transactions) {
		this.requests = requests;
		this.agendas = agendas;
		this.desk = desk;
		this.timeline = timeline;
		this.views = views;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
		this.read = new TransactionTemplate(transactions);
		this.read.setReadOnly(true);
	}

	/** Whoever holds the waiting request asks the requester a question; the decider's clock stops. */
	@Transactional
	public RequestView ask(Long id, AskQuestion command, Actor actor) {
		ExceptionRequest request = find(id);
		RequestStanding standing = request.standing();
		RequestPolicy.ask(actor, standing, agendas.of(standing)).orThrow();
		String question = command.question().trim();
		request.ask(question, actor, clock.instant());
		timeline.record(id, actor.username(), "QUESTION_ASKED", Facts.of("question", question, "role",
				actor.role().name(), "department", actor.department()));
		requests.saveAndFlush(request);
		return views.of(request, RequestViews.Detail.FULL);
	}

	/**
	 * The requester answers. What the answer changes is ruled on again before any transaction opens; the answer,
	 * the changes, the new ruling and the timeline are stored together. Should the request have changed meanwhile,
	 * nothing is stored and the requester is told.
	 */
	public RequestView answer(Long id, AnswerQuestion command, Actor actor) {
		Read before = read.execute(status -> {
			ExceptionRequest request = find(id);
			RequestPolicy.see(actor, request.standing()).orThrow();
			RequestPolicy.answer(actor, request.standing()).orThrow();
			return new Read(request.getVersion(), changes(request, command), request);
		});
		ExceptionRequest.Changes changes = before.changes();
		Ruling ruledAgain = changes.isEmpty() ? null : ruleAgain(before.request(), changes, actor);
		return transaction.execute(status -> {
			ExceptionRequest request = find(id);
			RequestPolicy.answer(actor, request.standing()).orThrow();
			if (request.getVersion() != before.version()) {
				throw new UserFacingException.Conflict("request.changedMeanwhile");
			}
			record(request, actor, command.answer().trim(), changes, ruledAgain);
			requests.saveAndFlush(request);
			return views.of(request, RequestViews.Detail.FULL);
		});
	}

	private record Read(long version, ExceptionRequest.Changes changes, ExceptionRequest request) {
	}

	private void record(ExceptionRequest request, Actor actor, String answer, ExceptionRequest.Changes changes,
			Ruling ruledAgain) {
		Long id = request.getId();
		boolean reopened = request.getStatus() == RequestStatus.CLOSED_UNANSWERED;
		int daysBefore = request.getDurationDays();
		int usersBefore = request.getUsersAffected();
		String controlsBefore = request.getCompensatingControls();
		String askedBy = request.getQuestionBy();
		request.answer(answer, changes, ruledAgain, clock.instant());
		timeline.record(id, actor.username(), "ANSWERED", Facts.of("answer", answer));
		if (reopened) {
			timeline.record(id, Timeline.SYSTEM, "REOPENED", Facts.of());
		}
		if (changes.durationDays() != null) {
			timeline.record(id, actor.username(), "CHANGED_DAYS", Facts.of("from", daysBefore, "to", changes.durationDays()));
		}
		if (changes.usersAffected() != null) {
			timeline.record(id, actor.username(), "CHANGED_USERS",
					Facts.of("from", usersBefore, "to", changes.usersAffected()));
		}
		if (changes.compensatingControls() != null) {
			timeline.record(id, actor.username(), controlsBefore == null ? "CHANGED_CONTROLS_ADDED" : "CHANGED_CONTROLS",
					Facts.of("controls", changes.compensatingControls().trim()));
		}
		if (ruledAgain != null) {
			timeline.record(id, Timeline.SYSTEM, "RULED_AGAIN", Facts.of("outcome", ruledAgain.outcome().name()));
		}
		switch (request.getStatus()) {
			case APPROVED -> timeline.record(id, Timeline.SYSTEM, "GRANTED", Facts.of("until", request.getExpiresAt()));
			case DENIED -> timeline.record(id, Timeline.SYSTEM, "DENIED", Facts.of());
			default -> {
				Agenda agenda = agendas.of(request.standing());
				timeline.record(id, Timeline.SYSTEM, "BACK_WITH_HOLDER", Facts.of("to",
						agenda.holders().isEmpty() ? null : agenda.holderNames(), "due", agenda.dueAt(), "askedBy",
						askedBy));
			}
		}
	}

	/** What the answer really changes: only fields that differ from the request as it stands. */
	private static ExceptionRequest.Changes changes(ExceptionRequest request, AnswerQuestion command) {
		Integer days = command.durationDays() != null && command.durationDays() != request.getDurationDays()
				? command.durationDays() : null;
		Integer users = command.usersAffected() != null && command.usersAffected() != request.getUsersAffected()
				? command.usersAffected() : null;
		String controls = command.compensatingControls() != null && !command.compensatingControls().isBlank()
				&& !Objects.equals(command.compensatingControls().trim(), request.getCompensatingControls())
						? command.compensatingControls().trim() : null;
		return new ExceptionRequest.Changes(days, users, controls);
	}

	/** The rules rule on the changed request; no transaction is open here. */
	private Ruling ruleAgain(ExceptionRequest request, ExceptionRequest.Changes changes, Actor requester) {
		SubmitRequest changed = new SubmitRequest(request.getStandardKey(), request.getProduct(),
				request.getProductVersion(), request.getJustification(),
				changes.durationDays() != null ? changes.durationDays() : request.getDurationDays(),
				changes.usersAffected() != null ? changes.usersAffected() : request.getUsersAffected(),
				request.getDataClassification().name(),
				changes.compensatingControls() != null ? changes.compensatingControls()
						: request.getCompensatingControls(),
				request.getEstimatedCost());
		String previousOutcome = request.getRenewalOfId() == null ? null
				: read.execute(status -> requests.findById(request.getRenewalOfId())
					.map(original -> original.getStatus().name())
					.orElse(null));
		Actor asRequester = new Actor(request.getRequester(), requester.displayName(), requester.role(),
				request.getDepartment(), requester.email());
		return desk.rule(changed, asRequester, request.getRenewalCount(), previousOutcome).ruling();
	}

	/** Closes a request whose question nobody answered in time; does nothing for any other. */
	@Transactional
	public boolean closeUnanswered(Long id) {
		ExceptionRequest request = find(id);
		Agenda agenda = agendas.of(request.standing());
		if (request.getStatus() != RequestStatus.WAITING_FOR_REQUESTER || !agenda.late()) {
			return false;
		}
		request.closeUnanswered(clock.instant());
		timeline.record(id, Timeline.SYSTEM, "CLOSED_UNANSWERED", Facts.of("due", agenda.dueAt()));
		requests.saveAndFlush(request);
		return true;
	}

	/** Requests waiting for their requester's answer, longest waiting first, each with its agenda. */
	@Transactional(readOnly = true)
	public List<RequestView> waitingForAnswers() {
		RequestViews.Names names = views.names();
		return requests.findByStatusOrderByAskedAtAscIdAsc(RequestStatus.WAITING_FOR_REQUESTER)
			.stream()
			.map(request -> views.of(request, RequestViews.Detail.AGENDA, names))
			.toList();
	}

	/** The moment it is now, by the application's clock. */
	public Instant now() {
		return clock.instant();
	}

	private ExceptionRequest find(Long id) {
		return requests.findById(id).orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
	}

}
