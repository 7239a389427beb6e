package com.leeway.account;

import java.util.List;

/**
 * An administrative change that is not made: wrong input (each problem with the field it concerns, for a CSV
 * import also the line), something that does not exist, something not possible now, or not allowed for the person
 * asking. Nothing of the change is stored.
 */
public class AdministrationRefused extends RuntimeException {

	/** Why a change is not made. */
	public enum Kind {
		/** The input is wrong: 400, field by field. */
		INPUT,
		/** There is no such person, department or deputy: 404. */
		NOT_FOUND,
		/** Not possible in the present state (the last administrator, say): 409. */
		CONFLICT,
		/** The person asking may not do this: 403. */
		FORBIDDEN
	}

	/** One problem: the field (such as {@code email}, or {@code line 3: email}), a message key and its arguments. */
	public record Problem(String field, String messageKey, Object... arguments) {
	}

	private final Kind kind;

	private final List<Problem> problems;

	AdministrationRefused(Kind kind, List<Problem> problems) {
		super(kind + " " + problems.stream().map(problem -> problem.field() + ": " + problem.messageKey()).toList());
		this.kind = kind;
		this.problems = List.copyOf(problems);
	}

	static AdministrationRefused input(String field, String messageKey, Object... arguments) {
		return new AdministrationRefused(Kind.INPUT, List.of(new Problem(field, messageKey, arguments)));
	}

	static AdministrationRefused of(Kind kind, String messageKey, Object... arguments) {
		return new AdministrationRefused(kind, List.of(new Problem(null, messageKey, arguments)));
	}

	public Kind kind() {
		return kind;
	}

	public List<Problem> problems() {
		return problems;
	}

}
