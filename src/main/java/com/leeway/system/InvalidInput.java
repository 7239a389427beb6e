package com.leeway.system;

import java.util.List;

/**
 * Input that passed form validation but breaks a business check (an unknown standard, say); reported field by
 * field like any validation error.
 */
public class InvalidInput extends RuntimeException {

	/**
	 * Free text people write: anything but invisible control characters (tabs and line breaks are fine). A NUL,
	 * for one, cannot be stored by PostgreSQL at all.
	 */
	public static final String PLAIN_TEXT = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";

	private static final java.util.regex.Pattern PLAIN = java.util.regex.Pattern.compile(PLAIN_TEXT);

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String field, String messageKey, Object... arguments) {
		return new InvalidInput(List.of(new FieldProblem(field, messageKey, arguments)));
	}

	/** Whether free text is free of control characters ({@link #PLAIN_TEXT}); null counts as plain. */
	public static boolean isPlainText(String text) {
		return text == null || PLAIN.matcher(text).matches();
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	public record FieldProblem(String field, String messageKey, Object[] arguments) {
	}

}
