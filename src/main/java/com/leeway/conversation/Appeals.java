package com.leeway.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.audit.Timeline;
import com.leeway.request.Decision;
import com.leeway.request.RequestDecisions;
import com.leeway.request.RequestPolicy;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestStatus;
import com.leeway.request.RequestView;
import com.leeway.request.ServiceLevels;
import com.leeway.request.WorkingDays;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * Appeals against a rule's decision: the requester of a request the rules themselves denied or sent to management
 * (no person has decided it) appeals with a written reason; IT staff decide within
 * {@code leeway.service-levels.appeal-days} working days, upholding the rules' decision or overturning it (approve,
 * deny or send to a manager, like a review), always with a reason, and may mark that the rule should change. One
 * open appeal per request (a unique constraint holds it); the original ruling is never edited; both steps are on
 * the request's timeline.
 */
@Service
public class Appeals {

	private final AppealRepository appeals;

	private final RequestQueries requests;

	private final RequestDecisions decisions;

	private final Timeline timeline;

	private final Directory directory;

	private final ServiceLevels levels;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Appeals(AppealRepository appeals, RequestQueries requests, RequestDecisions decisions, Timeline timeline,
			Directory directory, ServiceLevels levels, ApplicationEventPublisher events, Clock clock,
			PlatformTransactionManager transactions) {
		this.appeals = appeals;
		this.requests = requests;
		this.decisions = decisions;
		this.timeline = timeline;
		this.directory = directory;
		this.levels = levels;
		this.events = events;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Whether this person may appeal this request now (for a page to offer the form). */
	public boolean mayAppeal(RequestView request, Actor actor) {
		return actor.username().equals(request.requester()) && decidedByTheRules(request)
				&& appeals.findByOpenRequestId(request.id()).isEmpty();
	}

	/** The requester appeals against the rules' decision; IT staff are told. */
	public AppealView file(Long requestId, FileAppeal command, Actor actor) {
		try {
			return transaction.execute(status -> fileNow(requestId, command, actor));
		}
		catch (DataIntegrityViolationException ex) {
			// Another appeal of the same request was stored a moment before; the unique constraint kept it single.
			throw new UserFacingException.Conflict("appeal.alreadyOpen");
		}
	}

	private AppealView fileNow(Long requestId, FileAppeal command, Actor actor) {
		RequestView request = requests.view(requestId, actor);
		if (!actor.username().equals(request.requester())) {
			throw new UserFacingException.Forbidden("appeal.notYours", request.reference());
		}
		if (!decidedByTheRules(request)) {
			throw new UserFacingException.Conflict("appeal.notRulesDecision", request.reference());
		}
		if (appeals.findByOpenRequestId(requestId).isPresent()) {
			throw new UserFacingException.Conflict("appeal.alreadyOpen");
		}
		Appeal appeal = appeals.saveAndFlush(new Appeal(requestId, actor.username(), command.reason().strip(),
				request.ruling().outcome(), String.join("\n", request.ruling().rules()), clock.instant()));
		timeline.record(requestId, actor.username(), "APPEALED", java.util.Map.of("reason", appeal.getReason()));
		Instant due = dueAt(appeal);
		events.publishEvent(new AppealFiled(requestId, appeal.getId(), actor.username(), due));
		return view(appeal);
	}

	/** The appeals of a request the person may see, oldest first. */
	@Transactional(readOnly = true)
	public List<AppealView> of(Long requestId, Actor actor) {
		requests.view(requestId, actor);
		return appeals.findByRequestIdOrderByIdAsc(requestId).stream().map(this::view).toList();
	}

	/** The appeals of a request, for Leeway's own follow-through (notices), not for people. */
	@Transactional(readOnly = true)
	public List<AppealView> asSystem(Long requestId) {
		return appeals.findByRequestIdOrderByIdAsc(requestId).stream().map(this::view).toList();
	}

	/** IT staff uphold or overturn the open appeal of a request; never on their own request. */
	@Transactional
	public AppealView decide(Long requestId, DecideAppeal command, Actor actor) {
		RequestView request = requests.view(requestId, actor);
		if (!actor.seesEverything() || actor.username().equals(request.requester())) {
			throw new UserFacingException.Forbidden("appeal.decide.notAllowed");
		}
		Appeal appeal = appeals.findByOpenRequestId(requestId)
			.orElseThrow(() -> new UserFacingException.Conflict("appeal.notOpen"));
		boolean overturn = command.outcome() == DecideAppeal.Outcome.OVERTURN;
		if (overturn && command.overturnTo() == null) {
			throw InvalidInput.of("overturnTo", "appeal.overturnTo.required");
		}
		String reason = command.reason().strip();
		appeal.decide(overturn, command.overturnTo(), actor.username(), reason,
				Boolean.TRUE.equals(command.ruleShouldChange()), clock.instant());
		appeals.saveAndFlush(appeal);
		timeline.record(requestId, actor.username(), overturn ? "APPEAL_OVERTURNED" : "APPEAL_UPHELD",
				java.util.Map.of("reason", reason, "rules", String.join(", ", rules(appeal))));
		if (overturn) {
			decisions.overturnRuling(requestId, command.overturnTo(), reason, actor);
		}
		events.publishEvent(new AppealDecided(requestId, appeal.getId(), appeal.getAppellant(), actor.username(),
				appeal.getStatus().name()));
		return view(appeal);
	}

	/** Open appeals, longest waiting first, for IT staff. */
	@Transactional(readOnly = true)
	public List<AppealView> open() {
		return appeals.findByStatusOrderByFiledAtAsc(Appeal.Status.OPEN).stream().map(this::view).toList();
	}

	/**
	 * For the service review: appeals that were overturned or where IT staff said the rule should change, each
	 * with the rules the request's findings named.
	 */
	@Transactional(readOnly = true)
	public List<AppealView> ruleChangeCandidates() {
		return appeals.findByRuleShouldChangeTrueOrStatusOrderByIdAsc(Appeal.Status.OVERTURNED)
			.stream()
			.map(this::view)
			.toList();
	}

	/** Denied or sent to management by the rules themselves, with no person's decision yet. */
	static boolean decidedByTheRules(RequestView request) {
		return request.decision() == null && ((request.status() == RequestStatus.DENIED
				&& "DENY".equals(request.ruling().outcome()))
				|| (request.status() == RequestStatus.ESCALATED && "ESCALATE".equals(request.ruling().outcome())));
	}

	private Instant dueAt(Appeal appeal) {
		return WorkingDays.add(appeal.getFiledAt(), levels.appealDays());
	}

	private static List<String> rules(Appeal appeal) {
		return appeal.getRules().isEmpty() ? List.of() : Arrays.asList(appeal.getRules().split("\n"));
	}

	private AppealView view(Appeal appeal) {
		return new AppealView(appeal.getId(), appeal.getRequestId(), appeal.getAppellant(),
				directory.nameOf(appeal.getAppellant()), appeal.getReason(), appeal.getRulingOutcome(), rules(appeal),
				appeal.getFiledAt(), dueAt(appeal), appeal.getStatus().name(), appeal.getDecidedBy(),
				appeal.getDecidedBy() == null ? null : directory.nameOf(appeal.getDecidedBy()), appeal.getDecidedAt(),
				appeal.getDecisionReason(), appeal.getOverturnedTo(), appeal.isRuleShouldChange());
	}

}
