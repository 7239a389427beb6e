package com.leeway.system;

import java.util.List;

/**
 * Input that passed form validation but breaks a business check (an unknown standard, say); reported field by
 * field like any validation error.
 */
public class InvalidInput extends RuntimeException {

	private final List<FieldProblem> problems;

	public InvalidInput(List<FieldProblem> problems) {
		super(problems.toString());
		this.problems = List.copyOf(problems);
	}

	public static InvalidInput of(String field, String messageKey, Object... arguments) {
		return new InvalidInput(List.of(new FieldProblem(field, messageKey, arguments)));
	}

	public List<FieldProblem> problems() {
		return problems;
	}

	public record FieldProblem(String field, String messageKey, Object[] arguments) {
	}

}
