package com.leeway.account;

/**
 * An entry that is not accepted — the first administrator's details, a new access key — with the field it
 * concerns and the message key that says why, for the page or the API to show next to that field.
 */
public class RefusedInput extends RuntimeException {

	private final String field;

	private final String messageKey;

	RefusedInput(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	public String field() {
		return field;
	}

	public String messageKey() {
		return messageKey;
	}

}
