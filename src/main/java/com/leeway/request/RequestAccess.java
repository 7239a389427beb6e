package com.leeway.request;

import com.leeway.account.Actor;
import com.leeway.account.Role;

/**
 * Who may see a request: its requester, the managers of its department, IT staff and administrators.
 */
public final class RequestAccess {

	private RequestAccess() {
	}

	/**
	 * Whether the person is the kind of decider this request waits (or waited) for: a manager of the requester's
	 * department for escalations, IT staff for requests no rule decided; never the requester.
	 */
	public static boolean isDeciderFor(Actor actor, ExceptionRequest request) {
		return isDeciderFor(actor, request.getRequester(), request.getDepartment(), request.getStatus());
	}

	public static boolean isDeciderFor(Actor actor, String requester, String department, RequestStatus status) {
		if (actor.username().equals(requester)) {
			return false;
		}
		boolean managerOfDepartment = actor.is(Role.MANAGER) && actor.department().equals(department);
		return switch (status) {
			case IN_REVIEW -> actor.is(Role.IT_STAFF);
			case ESCALATED -> managerOfDepartment;
			// Already decided: those who could have decided it hear "already decided", everybody else "not yours".
			default -> managerOfDepartment || actor.is(Role.IT_STAFF);
		};
	}

	/** Whether the person may decide the request now. */
	public static boolean mayDecideNow(Actor actor, RequestView request) {
		return request.status().isWaiting()
				&& isDeciderFor(actor, request.requester(), request.department(), request.status());
	}

	/** Whether the person may withdraw the request now. */
	public static boolean mayWithdrawNow(Actor actor, RequestView request) {
		return request.status().isWaiting() && actor.username().equals(request.requester());
	}

	public static boolean canSee(Actor actor, ExceptionRequest request) {
		if (actor.seesEverything() || actor.username().equals(request.getRequester())) {
			return true;
		}
		return actor.is(Role.MANAGER) && actor.department().equals(request.getDepartment());
	}

}
