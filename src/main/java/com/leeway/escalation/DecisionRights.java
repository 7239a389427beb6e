package com.leeway.escalation;

import com.leeway.account.Actor;
import com.leeway.account.Role;
import com.leeway.request.ExceptionRequest;
import com.leeway.request.RequestStatus;

/**
 * Who may decide what. Escalations are decided by a manager of the requester's department; requests no rule
 * decided by IT staff. Nobody decides their own request.
 */
final class DecisionRights {

	private DecisionRights() {
	}

	/** Whether the person is the kind of decider this request would wait for, whatever its status now. */
	static boolean isDeciderFor(Actor actor, ExceptionRequest request) {
		if (actor.username().equals(request.getRequester())) {
			return false;
		}
		if (request.getStatus() == RequestStatus.IN_REVIEW) {
			return actor.is(Role.IT_STAFF);
		}
		if (request.getStatus() == RequestStatus.ESCALATED) {
			return isManagerOf(actor, request);
		}
		// Already decided: those who could have decided it get "already decided", everybody else "not yours".
		return isManagerOf(actor, request) || actor.is(Role.IT_STAFF);
	}

	private static boolean isManagerOf(Actor actor, ExceptionRequest request) {
		return actor.is(Role.MANAGER) && actor.department().equals(request.getDepartment());
	}

}
