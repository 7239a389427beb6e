package com.leeway.request;

import com.leeway.account.Actor;
import com.leeway.account.Role;

/**
 * Who may see a request: its requester, the managers of its department, IT staff and administrators.
 */
public final class RequestAccess {

	private RequestAccess() {
	}

	public static boolean canSee(Actor actor, ExceptionRequest request) {
		if (actor.seesEverything() || actor.username().equals(request.getRequester())) {
			return true;
		}
		return actor.is(Role.MANAGER) && actor.department().equals(request.getDepartment());
	}

}
