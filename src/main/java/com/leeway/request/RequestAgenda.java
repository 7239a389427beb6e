package com.leeway.request;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.account.Role;

/**
 * Answers "who holds this request, what does it wait for, when is it due, is it late" from the request's own facts:
 * the due date is the moment the current wait began plus the service level's working days, whatever came before
 * (a request IT staff sent to a manager is due counted from then, not from its submission).
 * <p>
 * Holders: whoever it was reassigned or passed on to; otherwise, for an escalation, the deciders the directory
 * names for the department and requester, and for a review, IT staff (never the requester).
 */
@Component
public class RequestAgenda {

	private final ServiceLevels levels;

	private final People people;

	private final Clock clock;

	@Autowired
	public RequestAgenda(ServiceLevels levels, People people, Clock clock) {
		this.levels = levels;
		this.people = people;
		this.clock = clock;
	}

	/** The same agenda asking the directory each question once: for one list of many requests, not to be kept. */
	RequestAgenda remembering() {
		return new RequestAgenda(levels, new RememberingPeople(people), clock);
	}

	public Agenda of(RequestStanding request) {
		return of(request, clock.instant());
	}

	public Agenda of(RequestStanding request, Instant now) {
		WaitsFor waitsFor = WaitsFor.of(request.status());
		if (waitsFor == WaitsFor.NOTHING) {
			return Agenda.nothing();
		}
		if (waitsFor == WaitsFor.REQUESTER_ANSWER) {
			Instant asked = request.askedAt();
			Instant due = WorkingDays.add(asked, levels.answerDays());
			return new Agenda(waitsFor, people.find(request.requester()).map(List::of).orElse(List.of()), asked, due,
					!now.isBefore(due));
		}
		Instant since = request.waitingSince();
		// The decider's clock stood still while the requester was asked a question: the due date moves by that time.
		Instant due = WorkingDays.add(since, levels.workingDaysFor(waitsFor)).plus(request.paused());
		return new Agenda(waitsFor, holders(request, waitsFor), since, due, !now.isBefore(due));
	}

	/** When a request waiting for this since this moment is due. */
	public Instant dueAt(WaitsFor waitsFor, Instant since) {
		return WorkingDays.add(since, levels.workingDaysFor(waitsFor));
	}

	private List<Actor> holders(RequestStanding request, WaitsFor waitsFor) {
		if (request.assignedTo() != null) {
			return List.of(people.find(request.assignedTo())
				.orElseGet(() -> new Actor(request.assignedTo(), request.assignedTo(), Role.REQUESTER, "", "")));
		}
		if (waitsFor == WaitsFor.MANAGER_DECISION) {
			return people.decidersFor(request.department(), request.requester());
		}
		return people.itStaff().stream().filter(staff -> !staff.username().equals(request.requester())).toList();
	}

}
