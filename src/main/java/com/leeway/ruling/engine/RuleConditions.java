package com.leeway.ruling.engine;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.leeway.ruling.engine.RuleTokens.Kind;
import com.leeway.ruling.engine.RuleTokens.Token;

/**
 * Judges one constraint of a pattern, e.g. {@code usersAffected > 5 || productIs("Windows")}, against the
 * allowed grammar: properties of the fact, bound variables and their properties, literals, comparisons,
 * {@code && || !}, brackets, {@code in}/{@code not in} and {@code contains}/{@code not contains} with literals,
 * arithmetic, and the fact's helper methods with text arguments. Anything else is refused.
 */
final class RuleConditions {

	/** What a variable of the rule stands for: a whole fact (use {@code $r.property}) or a single value. */
	record Variable(RuleVocabulary.FactType fact) {

		boolean isFact() {
			return fact != null;
		}

	}

	/**
	 * What the conditions of one pattern have used so far: Drools joins the conditions between commas into one,
	 * so the limits on characters and operators hold for all of them together.
	 */
	static final class Budget {

		private int characters;

		private int operators;

		/** Set once a limit was reported, so the pattern's further conditions do not repeat it. */
		private boolean exceeded;

	}

	/** A refused constraint: where (offset in the expression) and why, in plain words. */
	record Violation(int offset, String message) {
	}

	private static final Set<String> RELATIONS = Set.of("==", "!=", "<", ">", "<=", ">=");

	private static final Set<String> REFUSED_OPERATORS = Set.of("matches", "soundslike", "memberOf", "str",
			"instanceof", "after", "before", "coincides", "during", "finishes", "finishedby", "includes", "meets",
			"metby", "overlaps", "overlappedby", "starts", "startedby");

	private final RuleVocabulary.FactType fact;

	private final Map<String, Variable> variables;

	/** Deep enough for any sensible condition, shallow enough that no condition can exhaust the stack. */
	private static final int MAX_DEPTH = 64;

	private List<Token> tokens;

	private int position;

	private int depth;

	/** Operators seen so far; see {@link RuleLimits#MAX_CONDITION_OPERATORS}. */
	private int operators;

	private RuleConditions(RuleVocabulary.FactType fact, Map<String, Variable> variables) {
		this.fact = fact;
		this.variables = variables;
	}

	/** Checks a constraint of a pattern of {@code fact}; returns the first violation, or null when allowed. */
	static Violation check(String expression, RuleVocabulary.FactType fact, Map<String, Variable> variables) {
		return check(expression, fact, variables, new Budget());
	}

	/** Checks one of the conditions of a pattern, counting it against what the pattern's conditions may use. */
	static Violation check(String expression, RuleVocabulary.FactType fact, Map<String, Variable> variables,
			Budget budget) {
		if (budget.exceeded) {
			return null;
		}
		RuleConditions conditions = new RuleConditions(fact, variables);
		budget.characters += expression.length();
		if (budget.characters > RuleLimits.MAX_CONDITION_CHARACTERS) {
			budget.exceeded = true;
			return new Violation(0, String.format(java.util.Locale.ROOT,
					"The conditions inside this %s( ... ) are %,d characters long; one pattern's conditions may have at most %,d together. Split them over several rules, or shorten them.",
					fact.name(), budget.characters, RuleLimits.MAX_CONDITION_CHARACTERS));
		}
		conditions.operators = budget.operators;
		try {
			conditions.tokens = RuleTokens.tokenize(expression);
		}
		catch (RuleTokens.Unreadable ex) {
			return new Violation(ex.offset(), ex.getMessage());
		}
		try {
			conditions.constraint();
			return null;
		}
		catch (Refused refused) {
			return refused.violation;
		}
		finally {
			budget.operators = conditions.operators;
			budget.exceeded = conditions.operators > RuleLimits.MAX_CONDITION_OPERATORS;
		}
	}

	private void constraint() throws Refused {
		if (peek().kind() == Kind.VARIABLE && peek(1).is(":")) {
			position += 2;
		}
		else if (peek().kind() == Kind.VARIABLE && peek(1).is(":=")) {
			throw refuse(peek(1), "Unification with ':=' is not allowed; bind a variable with ':' instead.");
		}
		or();
		if (peek().kind() != Kind.END) {
			throw unexpected(peek());
		}
	}

	private void or() throws Refused {
		and();
		while (peek().is("||")) {
			operator();
			and();
		}
	}

	private void and() throws Refused {
		not();
		while (peek().is("&&")) {
			operator();
			not();
		}
	}

	private void not() throws Refused {
		if (peek().is("!")) {
			operator();
			deeper();
			not();
			depth--;
			return;
		}
		relation();
	}

	private void relation() throws Refused {
		sum();
		Token next = peek();
		if (next.kind() == Kind.SYMBOL && RELATIONS.contains(next.text())) {
			operator();
			if (peek().kind() == Kind.SYMBOL && RELATIONS.contains(peek().text())) {
				throw refuse(peek(), "Write each comparison in full, e.g. 'usersAffected > 5 && usersAffected < 20'.");
			}
			sum();
			return;
		}
		boolean negated = false;
		if (next.is("not")) {
			negated = true;
			position++;
			next = peek();
		}
		if (next.is("in")) {
			operator();
			literalList();
		}
		else if (next.is("contains")) {
			operator();
			literal("after 'contains'");
		}
		else if (negated) {
			throw refuse(next, "After 'not' a condition may only say 'in (...)' or 'contains ...'.");
		}
		else if (next.kind() == Kind.NAME && REFUSED_OPERATORS.contains(next.text())) {
			throw refuse(next, "The operator '" + next.text() + "' is not allowed in rules"
					+ (next.text().equals("matches") || next.text().equals("soundslike") || next.text().equals("str")
							? ": text patterns can be made to take forever. Use productIs, versionIs, mentions, == or contains."
							: "; compare with == != < > <= >=, in (...) or contains."));
		}
	}

	private void literalList() throws Refused {
		expect("(", "'in' must be followed by a list of values in brackets, e.g. in (\"A\", \"B\").");
		Token start = peek();
		literal("in the list after 'in'");
		int values = 1;
		while (peek().is(",")) {
			position++;
			if (++values > RuleLimits.MAX_LIST_VALUES) {
				throw refuse(start, String.format(java.util.Locale.ROOT,
						"This list after 'in' holds more than %,d values, the most one list may hold. Split it over several rules, or compare with productIs(...) or contains instead.",
						RuleLimits.MAX_LIST_VALUES));
			}
			literal("in the list after 'in'");
		}
		expect(")", "The list after 'in' must end with ')' and hold only plain values.");
	}

	private void literal(String where) throws Refused {
		Token token = peek();
		if (token.is("-") && peek(1).kind() == Kind.NUMBER) {
			position += 2;
			return;
		}
		if (isLiteral(token)) {
			position++;
			return;
		}
		throw refuse(token, "Only plain values (text in quotes, numbers, true, false or null) may stand " + where
				+ "; found " + describe(token) + ".");
	}

	private void sum() throws Refused {
		product();
		while (peek().is("+") || peek().is("-")) {
			operator();
			product();
		}
	}

	private void product() throws Refused {
		unary();
		while (peek().is("*") || peek().is("/") || peek().is("%")) {
			if (peek().is("/")) {
				throw refuse(peek(), "Conditions cannot divide: Drools works out a division differently once a rule has run a few times (30 / 8 is 3.75 at first and 3 later), so a rule could decide one way in its tests and another way live. Compare by multiplying instead, e.g. `estimatedCost > 500 * usersAffected` rather than `estimatedCost / usersAffected > 500`.");
			}
			operator();
			unary();
		}
	}

	private void unary() throws Refused {
		if (peek().is("-")) {
			operator();
			deeper();
			unary();
			depth--;
			return;
		}
		primary();
	}

	private void primary() throws Refused {
		Token token = peek();
		if (isLiteral(token)) {
			position++;
			return;
		}
		if (token.is("(")) {
			position++;
			deeper();
			or();
			depth--;
			expect(")", "A bracket opened here is never closed.");
			return;
		}
		if (token.kind() == Kind.VARIABLE) {
			variable(token);
			return;
		}
		if (token.kind() == Kind.NAME) {
			name(token);
			return;
		}
		throw unexpected(token);
	}

	private void variable(Token token) throws Refused {
		Variable variable = variables.get(token.text());
		if (variable == null) {
			throw refuse(token, "The variable " + token.text() + " is not bound in this rule; bind it first, e.g. "
					+ token.text() + " : Request( ... ).");
		}
		position++;
		if (!peek().is(".")) {
			if (variable.isFact()) {
				throw refuse(token, "Use a property of " + token.text() + ", e.g. " + token.text()
						+ ".durationDays, rather than the whole fact.");
			}
			return;
		}
		if (!variable.isFact()) {
			throw refuse(peek(), token.text() + " holds a single value; it has no properties to look into.");
		}
		position++;
		Token property = peek();
		if (property.kind() != Kind.NAME || !variable.fact().properties().contains(property.text())
				|| peek(1).is("(") || peek(1).is(".")) {
			throw refuse(property, notAllowed(chain(position - 2)) + " " + propertyHint(variable.fact()));
		}
		position++;
	}

	private void name(Token token) throws Refused {
		boolean call = peek(1).is("(");
		if (call && fact.helpers().contains(token.text())) {
			position += 2;
			if (!peek().is(")")) {
				helperArgument(token);
				while (peek().is(",")) {
					position++;
					helperArgument(token);
				}
			}
			expect(")", token.text() + "(...) takes only texts in quotes, separated by commas.");
			return;
		}
		if (!call && fact.properties().contains(token.text()) && !peek(1).is(".") && !peek(1).is("[")) {
			position++;
			return;
		}
		if (token.text().equals("this")) {
			throw refuse(token, "'this' is not allowed; name the property instead, e.g. durationDays.");
		}
		if (REFUSED_OPERATORS.contains(token.text()) || token.text().equals("new")) {
			throw refuse(token, notAllowed(token.text()));
		}
		throw refuse(token, notAllowed(chain(position)) + " " + propertyHint(fact));
	}

	private void helperArgument(Token helper) throws Refused {
		if (peek().kind() != Kind.TEXT) {
			throw refuse(peek(), helper.text() + "(...) takes only texts in quotes, e.g. " + helper.text()
					+ "(\"Windows\"); found " + describe(peek()) + ".");
		}
		position++;
	}

	/** The dotted name starting at a token, e.g. {@code java.lang.System.exit}, to name it in a message. */
	private String chain(int from) {
		StringBuilder chain = new StringBuilder(tokens.get(from).text());
		int i = from + 1;
		while (tokens.get(i).is(".") && tokens.get(i + 1).kind() == Kind.NAME) {
			chain.append('.').append(tokens.get(i + 1).text());
			i += 2;
		}
		boolean call = tokens.get(i).is("(");
		return chain + (call ? "(...)" : "");
	}

	private static String notAllowed(String what) {
		return "A rule may only decide: '" + what + "' is not something a rule can use.";
	}

	private static String propertyHint(RuleVocabulary.FactType fact) {
		return "A condition may use the properties of " + fact.name() + " (" + String.join(", ",
				new java.util.TreeSet<>(fact.properties())) + ") and " + String.join(", ",
						new java.util.TreeSet<>(fact.helpers()).stream().map(h -> h + "(\"...\")").toList())
				+ ".";
	}

	private static boolean isLiteral(Token token) {
		return token.kind() == Kind.TEXT || token.kind() == Kind.NUMBER || token.is("true") || token.is("false")
				|| token.is("null");
	}

	/** Steps over an operator, refusing the condition once it has more than any policy needs. */
	private void operator() throws Refused {
		if (++operators > RuleLimits.MAX_CONDITION_OPERATORS) {
			throw refuse(peek(), String.format(java.util.Locale.ROOT,
					"The conditions inside this pattern have more than %,d comparisons and operators together, the most one pattern may have. Split them over several rules, or use in (...) for a list of values.",
					RuleLimits.MAX_CONDITION_OPERATORS));
		}
		position++;
	}

	private void deeper() throws Refused {
		if (++depth > MAX_DEPTH) {
			throw refuse(peek(), "The condition is nested too deeply; split it into simpler conditions.");
		}
	}

	private void expect(String symbol, String message) throws Refused {
		if (!peek().is(symbol)) {
			throw refuse(peek(), message);
		}
		position++;
	}

	private Refused unexpected(Token token) {
		if (token.kind() == Kind.END) {
			return refuse(token, "The condition ends too early.");
		}
		String hint = switch (token.text()) {
			case "#" -> "Casts with '#' are not allowed.";
			case "[" , "{" -> "Inline lists and maps are not allowed.";
			case "=" -> "'=' would change a value; compare with '=='.";
			case "?" -> "'?' is not allowed in a condition.";
			case "@" -> "'@' is not allowed in a condition.";
			case "'" -> "Write text in double quotes.";
			case "/" -> "Paths into other objects are not allowed.";
			default -> "Only properties, plain values, comparisons, &&, ||, !, brackets, in, contains and + - * % may be used.";
		};
		return refuse(token, "A condition may not contain " + describe(token) + " here. " + hint);
	}

	private static String describe(Token token) {
		return switch (token.kind()) {
			case END -> "nothing";
			case TEXT -> "a text";
			default -> "'" + token.text() + "'";
		};
	}

	private Token peek() {
		return tokens.get(Math.min(position, tokens.size() - 1));
	}

	private Token peek(int ahead) {
		return tokens.get(Math.min(position + ahead, tokens.size() - 1));
	}

	private static Refused refuse(Token token, String message) {
		return new Refused(new Violation(token.start(), message));
	}

	private static final class Refused extends Exception {

		private final transient Violation violation;

		Refused(Violation violation) {
			super(violation.message(), null, false, false);
			this.violation = violation;
		}

	}

}
