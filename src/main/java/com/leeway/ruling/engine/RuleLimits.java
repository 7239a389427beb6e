package com.leeway.ruling.engine;

/**
 * How big and how tangled a rule file may be. Each limit is far above what any policy needs and far below what
 * makes a build take minutes or gigabytes: Drools builds one rule set at a time, so one expensive file would make
 * every other validation, test, preview and publish wait. docs/rules.md lists the same numbers under "Limits".
 */
final class RuleLimits {

	/** Rules one rule may turn into once Drools splits its {@code or} groups into separate rules. */
	static final int MAX_RULES_FROM_OR = 32;

	/** Patterns such as {@code Request( ... )} in one rule, counting those inside not, exists, forall and or. */
	static final int MAX_PATTERNS_PER_RULE = 20;

	/** Values in one {@code in (...)} or {@code not in (...)} list. */
	static final int MAX_LIST_VALUES = 500;

	/** Characters of the conditions inside one pattern, all its parts between commas together. */
	static final int MAX_CONDITION_CHARACTERS = 4_000;

	/**
	 * Operators of the conditions inside one pattern, all its parts between commas together: comparisons,
	 * {@code && || !}, {@code in}, {@code contains} and arithmetic.
	 */
	static final int MAX_CONDITION_OPERATORS = 200;

	/** Rules in a whole rule set, after decision tables are turned into rules and {@code or} groups are split. */
	static final int MAX_RULES_PER_RULE_SET = 10_000;

	/**
	 * Patterns in a whole rule set, counted in every rule Drools builds: build time and memory grow with them, and
	 * 10,000 rules of 20 patterns each would take a build of minutes and gigabytes.
	 */
	static final int MAX_PATTERNS_PER_RULE_SET = 20_000;

	/** Lines of a CSV decision table or rows of a sheet: each row of a table is one rule. */
	static final int MAX_TABLE_ROWS = 10_000;

	private RuleLimits() {
	}

}
