package com.leeway.system;

import java.util.List;

/**
 * A problem the person asking should read about: carries a message key and its arguments, resolved to plain
 * language where the error is shown. Subclasses say which kind of problem it is.
 */
public abstract class UserFacingException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	protected UserFacingException(String messageKey, Object... arguments) {
		super(messageKey + " " + List.of(arguments));
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments.clone();
	}

	/** Nothing that the person may see has this id: 404, and never a hint that it exists. */
	public static class NotFound extends UserFacingException {

		public NotFound(String messageKey, Object... arguments) {
			super(messageKey, arguments);
		}

	}

	/** The person may see it but may not do this: 403. */
	public static class Forbidden extends UserFacingException {

		public Forbidden(String messageKey, Object... arguments) {
			super(messageKey, arguments);
		}

	}

	/** The thing is not in a state where this can happen (already decided, withdrawn): 409. */
	public static class Conflict extends UserFacingException {

		public Conflict(String messageKey, Object... arguments) {
			super(messageKey, arguments);
		}

	}

}
