package com.leeway.escalation;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.account.Actor;
import com.leeway.account.Role;
import com.leeway.audit.Timeline;
import com.leeway.request.Decision;
import com.leeway.request.ExceptionRequest;
import com.leeway.request.ExceptionRequests;
import com.leeway.request.RequestAccess;
import com.leeway.request.RequestDecided;
import com.leeway.request.RequestEscalated;
import com.leeway.request.RequestStatus;
import com.leeway.system.UserFacingException;

/**
 * Records a person's decision on a waiting request. Two people deciding at once: the version check lets exactly
 * one decision through; the other is told the request was decided meanwhile.
 */
@Service
public class Decisions {

	private final ExceptionRequests requests;

	private final Timeline timeline;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Decisions(ExceptionRequests requests, Timeline timeline, ApplicationEventPublisher events,
			Clock clock) {
		this.requests = requests;
		this.timeline = timeline;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public ExceptionRequest decide(Long id, DecideRequest command, Actor actor) {
		// Deciding is about rights, not visibility: a manager of another department is told "not yours" (403).
		ExceptionRequest request = requests.findById(id)
			.orElseThrow(() -> new UserFacingException.NotFound("request.notFound", id));
		if (actor.username().equals(request.getRequester())) {
			throw new UserFacingException.Forbidden("decision.ownRequest", request.reference());
		}
		if (!RequestAccess.isDeciderFor(actor, request)) {
			throw new UserFacingException.Forbidden("decision.notYours", request.reference());
		}
		RequestStatus waitingAs = request.getStatus();
		if (waitingAs == RequestStatus.ESCALATED && command.decision() == Decision.ESCALATE) {
			throw new UserFacingException.Conflict("request.alreadyEscalated", request.reference());
		}
		request.decide(command.decision(), actor.username(), command.justification(), clock.instant());
		requests.saveAndFlush(request);
		timeline.record(id, actor.username(), "DECIDED", describe(actor, command, waitingAs));
		if (request.getStatus() == RequestStatus.APPROVED) {
			timeline.record(id, Timeline.SYSTEM, "GRANTED",
					"The exception is granted until " + com.leeway.request.RequestDates.day(request.getExpiresAt()) + ".");
		}
		else if (request.getStatus() == RequestStatus.ESCALATED) {
			timeline.record(id, Timeline.SYSTEM, "ESCALATED",
					"Sent to the manager of " + request.getDepartment() + " to decide.");
		}
		events.publishEvent(new RequestDecided(id, request.reference(), request.getRequester(), actor.username(),
				command.decision(), waitingAs, request.getStatus()));
		if (request.getStatus() == RequestStatus.ESCALATED) {
			events.publishEvent(new RequestEscalated(id, request.reference(), request.getRequester(),
					request.getDepartment(), actor.username(), request.getDecidedAt()));
		}
		return request;
	}

	private static String describe(Actor actor, DecideRequest command, RequestStatus waitingAs) {
		String who = actor.displayName() + (actor.is(Role.MANAGER) ? " (manager, " + actor.department() + ")"
				: actor.is(Role.IT_STAFF) ? " (IT staff)" : "");
		String what = switch (command.decision()) {
			case APPROVE -> "approved the request";
			case DENY -> "denied the request";
			case ESCALATE -> "sent the request to management";
		};
		return who + " " + what + ": " + command.justification().trim();
	}

}
