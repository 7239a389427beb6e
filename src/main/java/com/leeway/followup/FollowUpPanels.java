package com.leeway.followup;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.account.Role;
import com.leeway.request.RequestStatus;
import com.leeway.request.RequestView;

/**
 * What the request page shows about follow-through: what the request waits for, who has it, when it is due and
 * whether it is late; and for the requester, the satisfaction question once it is closed. Used from the
 * template as {@code ${@followUpPanels.of(request, #authentication.principal.actor())}}.
 */
@Component("followUpPanels")
public class FollowUpPanels {

	private final ServiceLevels levels;

	private final Directory directory;

	private final Surveys surveys;

	private final Clock clock;

	FollowUpPanels(ServiceLevels levels, Directory directory, Surveys surveys, Clock clock) {
		this.levels = levels;
		this.directory = directory;
		this.surveys = surveys;
		this.clock = clock;
	}

	public record Panel(boolean waiting, String waitingFor, String holders, Instant dueAt, boolean overdue,
			boolean askSatisfaction, Integer rating, boolean mayRenew, boolean mayRevoke) {
	}

	public Panel of(RequestView request, Actor viewer) {
		boolean waiting = request.status().isWaiting();
		Instant dueAt = null;
		String holders = "";
		String waitingFor = "";
		if (waiting) {
			boolean escalated = request.status() == RequestStatus.ESCALATED;
			Instant since = escalated && request.decision() != null ? request.decision().decidedAt() : request.submittedAt();
			dueAt = ServiceLevels.addWorkingDays(since, escalated ? levels.decisionDays() : levels.reviewDays());
			List<Actor> people = escalated ? directory.managersOf(request.department()) : directory.withRole(Role.IT_STAFF);
			holders = String.join(", ", people.stream().map(Actor::displayName).toList());
			waitingFor = escalated ? "a decision by the manager of " + request.department() : "a review by IT staff";
		}
		boolean mine = viewer.username().equals(request.requester());
		boolean ask = mine && !waiting;
		Integer rating = ask ? surveys.answerOf(request.id(), viewer).map(Satisfaction::getRating).orElse(null) : null;
		boolean mayRevoke = request.status() == RequestStatus.APPROVED && !mine && (viewer.is(Role.IT_STAFF)
				|| (viewer.is(Role.MANAGER) && viewer.department().equals(request.department())));
		return new Panel(waiting, waitingFor, holders, dueAt, waiting && clock.instant().isAfter(dueAt), ask, rating,
				mine && (request.status() == RequestStatus.APPROVED || request.status() == RequestStatus.EXPIRED),
				mayRevoke);
	}

}
