package com.leeway.request;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.audit.Timeline;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * Decisions people make on requests that wait for them, and who holds a waiting request: a manager decides an
 * escalation, IT staff a request no rule decided (approve, deny, or send it to a manager); IT staff and
 * administrators reassign a waiting request to another decider; an overdue request is passed on to the next level.
 * Two people deciding at once: the version check lets exactly one decision through; the other is told the
 * request was changed meanwhile.
 */
@Service
public class RequestDecisions {

	private final ExceptionRequests requests;

	private final RequestAgenda agendas;

	private final People people;

	private final ServiceLevels levels;

	private final Timeline timeline;

	private final RequestDesk desk;

	private final RequestViews views;

	private final Clock clock;

	RequestDecisions(ExceptionRequests requests, RequestAgenda agendas, People people, ServiceLevels levels,
			Timeline timeline, RequestDesk desk, RequestViews views, Clock clock) {
		this.requests = requests;
		this.agendas = agendas;
		this.people = people;
		this.levels = levels;
		this.timeline = timeline;
		this.desk = desk;
		this.views = views;
		this.clock = clock;
	}

	/** The decision of whoever holds the request; answers the request as it stands afterwards. */
	@Transactional
	public RequestView decide(Long id, DecideRequest command, Actor actor) {
		ExceptionRequest request = find(id);
		RequestPolicy.decide(actor, request.standing(), agendas.of(request.standing()), command.decision())
			.orThrow();
		List<String> conditions = command.decision() == Decision.APPROVE
				? command.conditions().stream().map(String::trim).filter(text -> !text.isEmpty()).toList() : List.of();
		Integer days = command.decision() == Decision.APPROVE ? command.grantedDays() : null;
		if (days != null) {
			int limit = com.leeway.ruling.Ruling.grantedDays(request.ruling().maxDays(), request.getDurationDays());
			if (days > limit) {
				throw InvalidInput.of("grantedDays", "decision.grantedDays.tooLong", limit);
			}
		}
		request.decide(command.decision(), actor, command.justification(), conditions, days, clock.instant());
		timeline.record(id, actor.username(), "DECIDED", Facts.of("decision", command.decision().name(), "role",
				actor.role().name(), "department", actor.department(), "justification", command.justification().trim()));
		if (!conditions.isEmpty()) {
			timeline.record(id, actor.username(), "CONDITIONS_ADDED", Facts.of("conditions", String.join("; ", conditions)));
		}
		if (request.getStatus() == RequestStatus.APPROVED) {
			timeline.record(id, Timeline.SYSTEM, "GRANTED", Facts.of("until", request.getExpiresAt()));
		}
		else if (request.getStatus() == RequestStatus.ESCALATED) {
			desk.recordEscalation(request);
		}
		requests.saveAndFlush(request);
		return views.of(request, RequestViews.Detail.FULL);
	}

	/**
	 * IT staff (or an administrator) overturn the rules' own decision on an appeal, with a written reason; never on
	 * their own request. Only a request the rules denied or sent to management, with no person's decision yet.
	 */
	@Transactional
	public RequestView overturnRuling(Long id, Decision to, String reason, Actor actor) {
		ExceptionRequest request = find(id);
		if (!actor.seesEverything() || actor.username().equals(request.getRequester())) {
			throw new UserFacingException.Forbidden("appeal.decide.notAllowed");
		}
		request.overturn(to, actor, reason, clock.instant());
		timeline.record(id, actor.username(), "DECIDED", Facts.of("decision", to.name(), "role", actor.role().name(),
				"department", actor.department(), "justification", reason.trim()));
		if (request.getStatus() == RequestStatus.APPROVED) {
			timeline.record(id, Timeline.SYSTEM, "GRANTED", Facts.of("until", request.getExpiresAt()));
		}
		else if (request.getStatus() == RequestStatus.ESCALATED) {
			desk.recordEscalation(request);
		}
		requests.saveAndFlush(request);
		return views.of(request, RequestViews.Detail.FULL);
	}

	/**
	 * IT staff or an administrator move a waiting request to another decider who may decide it: for an escalation
	 * one of the deciders the directory names for it, for a review another member of IT staff; never the requester.
	 * The wait it already had still counts.
	 */
	@Transactional
	public RequestView reassign(Long id, ReassignRequest command, Actor actor) {
		ExceptionRequest request = find(id);
		RequestPolicy.reassign(actor, request.standing()).orThrow();
		String to = command.to().trim();
		Actor newHolder = eligibleDeciders(request).stream()
			.filter(candidate -> candidate.username().equals(to))
			.findFirst()
			.orElseThrow(() -> InvalidInput.of("to", "reassignment.notEligible", to));
		if (to.equals(request.getAssignedTo())) {
			throw InvalidInput.of("to", "reassignment.sameHolder", newHolder.displayName());
		}
		request.reassign(to, actor, command.reason().trim());
		timeline.record(id, actor.username(), "REASSIGNED",
				Facts.of("to", newHolder.displayName(), "reason", command.reason().trim()));
		requests.saveAndFlush(request);
		return views.of(request, RequestViews.Detail.FULL);
	}

	/** Who a waiting request may be reassigned to. */
	@Transactional(readOnly = true)
	public List<Actor> eligibleDeciders(Long id) {
		return eligibleDeciders(find(id));
	}

	private List<Actor> eligibleDeciders(ExceptionRequest request) {
		List<Actor> candidates = request.getStatus() == RequestStatus.ESCALATED
				? people.decidersFor(request.getDepartment(), request.getRequester())
				: request.getStatus() == RequestStatus.IN_REVIEW ? people.itStaff() : List.of();
		return candidates.stream().filter(candidate -> !candidate.username().equals(request.getRequester())).toList();
	}

	/**
	 * Passes an overdue request on to the next level, who then holds it with a full service level from now. Does
	 * nothing (and answers false) when the request is not waiting, not late, or already with the next level.
	 */
	@Transactional
	public boolean passOn(Long id) {
		ExceptionRequest request = find(id);
		Agenda agenda = agendas.of(request.standing());
		String nextLevel = nextLevelFor(request);
		if (!agenda.late() || nextLevel.equals(request.getAssignedTo()) || nextLevel.equals(request.getRequester())) {
			return false;
		}
		request.passOn(nextLevel, Timeline.SYSTEM, clock.instant());
		timeline.record(id, Timeline.SYSTEM, "PASSED_ON", Facts.of("to",
				people.find(nextLevel).map(Actor::displayName).orElse(nextLevel), "due", agenda.dueAt()));
		requests.saveAndFlush(request);
		return true;
	}

	/**
	 * Who takes over an overdue request: the level above the department's deciders as the directory knows it, else
	 * the configured next level ({@code leeway.service-levels.next-level}).
	 */
	private String nextLevelFor(ExceptionRequest request) {
		return people.nextLevelAbove(request.getDepartment(), request.getRequester())
			.map(Actor::username)
			.orElse(levels.nextLevel());
	}

	/** Who an overdue request from this department and requester passes to. */
	public String nextLevelFor(String department, String requester) {
		return people.nextLevelAbove(department, requester).map(Actor::username).orElse(levels.nextLevel());
	}

	private ExceptionRequest find(Long id) {
		return requests.findById(id).orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
	}

}
