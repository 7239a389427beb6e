package com.leeway.request;

import java.util.Arrays;

import com.leeway.system.UserFacingException;

/**
 * The answer to "may this person do this with this request": allowed, or refused with a reason people read (a
 * message key and its arguments) and the kind of refusal, which is also the HTTP status:
 * <ul>
 * <li>{@link Refusal#NOT_FOUND} (404): the person may not even see the request; nothing tells them it exists.</li>
 * <li>{@link Refusal#FORBIDDEN} (403): the action is not theirs to take, whoever they are.</li>
 * <li>{@link Refusal#CONFLICT} (409): the action is theirs, but the request is not in a state for it.</li>
 * </ul>
 */
public record Permission(Refusal refusal, String reasonKey, Object[] arguments) {

	public enum Refusal {
		NOT_FOUND, FORBIDDEN, CONFLICT
	}

	private static final Permission ALLOWED = new Permission(null, null, new Object[0]);

	public static Permission allowed() {
		return ALLOWED;
	}

	static Permission refused(Refusal refusal, String reasonKey, Object... arguments) {
		return new Permission(refusal, reasonKey, arguments.clone());
	}

	public boolean isAllowed() {
		return refusal == null;
	}

	/** Throws the refusal as the matching user-facing problem (404, 403 or 409); does nothing when allowed. */
	public void orThrow() {
		if (refusal == null) {
			return;
		}
		throw switch (refusal) {
			case NOT_FOUND -> new UserFacingException.NotFound(reasonKey, arguments);
			case FORBIDDEN -> new UserFacingException.Forbidden(reasonKey, arguments);
			case CONFLICT -> new UserFacingException.Conflict(reasonKey, arguments);
		};
	}

	@Override
	public String toString() {
		return isAllowed() ? "allowed" : refusal + " " + reasonKey + " " + Arrays.toString(arguments);
	}

}
