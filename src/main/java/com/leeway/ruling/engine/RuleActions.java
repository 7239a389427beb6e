package com.leeway.ruling.engine;

import java.util.List;

import com.leeway.ruling.engine.RuleTokens.Kind;
import com.leeway.ruling.engine.RuleTokens.Token;

/**
 * Judges the action of a rule (its {@code then} part) against the only grammar a rule's action may have: a
 * sequence of {@code ruling.<method>(<plain values>);} calls, where the method is one the ruling sheet offers to
 * rules and every argument is text in quotes or a whole number. No other call, no {@code new}, no assignment, no
 * block, no loop: a rule can only write its verdict, never change the request or trigger itself.
 */
final class RuleActions {

	/** Java and MVEL words that start statements rather than calls; named as such in messages. */
	private static final java.util.Set<String> KEYWORDS = java.util.Set.of("if", "else", "for", "foreach", "while",
			"do", "until", "switch", "return", "throw", "try", "new", "def", "function", "with", "var", "final",
			"synchronized", "assert", "class", "import", "break", "continue");

	private RuleActions() {
	}

	/** Checks a rule's action; returns the first violation, or null when it is allowed. */
	static RuleConditions.Violation check(String consequence) {
		List<Token> tokens;
		try {
			tokens = RuleTokens.tokenize(consequence);
		}
		catch (RuleTokens.Unreadable ex) {
			return new RuleConditions.Violation(ex.offset(), ex.getMessage());
		}
		int i = 0;
		while (at(tokens, i).kind() != Kind.END) {
			Token first = at(tokens, i);
			if (!first.is(RuleVocabulary.SHEET_NAME) || !at(tokens, i + 1).is(".")
					|| at(tokens, i + 2).kind() != Kind.NAME || !at(tokens, i + 3).is("(")) {
				return refused(first, describeCall(tokens, i));
			}
			Token method = at(tokens, i + 2);
			List<Class<?>> parameters = RuleVocabulary.ACTIONS.get(method.text());
			if (parameters == null) {
				return refused(method, "A rule may only decide: 'ruling." + method.text()
						+ "' is not something a rule can call.");
			}
			i += 4;
			for (int index = 0; index < parameters.size(); index++) {
				if (index > 0) {
					if (!at(tokens, i).is(",")) {
						return refused(at(tokens, i), arguments(method.text(), parameters));
					}
					i++;
				}
				Token argument = at(tokens, i);
				if (parameters.get(index) == String.class && argument.kind() == Kind.TEXT) {
					i++;
				}
				else if (parameters.get(index) == int.class && argument.kind() == Kind.NUMBER
						&& argument.text().matches("[0-9]{1,9}")) {
					i++;
				}
				else if (parameters.get(index) == int.class && argument.is("-")
						&& at(tokens, i + 1).kind() == Kind.NUMBER && at(tokens, i + 1).text().matches("[0-9]{1,9}")) {
					i += 2;
				}
				else {
					return refused(argument, arguments(method.text(), parameters));
				}
			}
			if (!at(tokens, i).is(")")) {
				return refused(at(tokens, i), arguments(method.text(), parameters));
			}
			if (!at(tokens, i + 1).is(";")) {
				return refused(at(tokens, i + 1), "Each call in a rule's action must end with a semicolon ';'.");
			}
			i += 2;
		}
		return null;
	}

	private static String describeCall(List<Token> tokens, int from) {
		Token first = at(tokens, from);
		String general = "A rule's action may only call " + RuleVocabulary.actionList()
				+ " with plain text or whole numbers.";
		if (first.kind() == Kind.NAME) {
			StringBuilder chain = new StringBuilder(first.text());
			int i = from + 1;
			while (at(tokens, i).is(".") && at(tokens, i + 1).kind() == Kind.NAME) {
				chain.append('.').append(at(tokens, i + 1).text());
				i += 2;
			}
			String what = chain.toString();
			if (what.equals("modify") || what.equals("update") || what.equals("insert") || what.equals("retract")
					|| what.equals("delete") || what.equals("insertLogical")) {
				return "A rule may only decide: '" + what
						+ "' would change the facts, which rules may not do. " + general;
			}
			if (KEYWORDS.contains(what)) {
				return "A rule may only decide: '" + what + "' is not allowed in a rule's action. " + general;
			}
			if (at(tokens, i).is("(")) {
				return "A rule may only decide: '" + what + "' is not something a rule can call. " + general;
			}
			return "A rule may only decide: '" + what + "' is not allowed in a rule's action. " + general;
		}
		return "A rule's action may not contain " + (first.kind() == Kind.TEXT ? "a text on its own" : "'"
				+ first.text() + "'") + " here. " + general;
	}

	private static String arguments(String method, List<Class<?>> parameters) {
		String expected = parameters.size() == 1 && parameters.get(0) == int.class ? "one whole number, as in ruling."
				+ method + "(90)" : "one text in quotes, as in ruling." + method + "(\"...\")";
		return "ruling." + method + " takes " + expected
				+ ". A rule's action may only use plain text or whole numbers, not names, calls or calculations.";
	}

	private static Token at(List<Token> tokens, int index) {
		return tokens.get(Math.min(index, tokens.size() - 1));
	}

	private static RuleConditions.Violation refused(Token token, String message) {
		return new RuleConditions.Violation(token.start(), message);
	}

}
