package com.leeway.ruleset;

import java.util.List;

/**
 * The results of running a rule set's tests ({@code rules/tests/*.yaml}) against a candidate.
 */
public record RuleTestReport(List<Result> results, List<String> problems) {

	public RuleTestReport {
		results = List.copyOf(results);
		problems = List.copyOf(problems);
	}

	/** One test case: where it is, whether it passed, and what was expected versus what happened. */
	public record Result(String file, int line, String name, boolean passed, List<String> failures, String expected,
			String actual, String warning, long micros) {
	}

	public boolean passed() {
		return problems.isEmpty() && results.stream().allMatch(Result::passed);
	}

	public long failedCount() {
		return results.stream().filter(result -> !result.passed()).count();
	}

	public List<String> warnings() {
		return results.stream().map(Result::warning).filter(warning -> warning != null).distinct().toList();
	}

	public String summary() {
		return results.size() + " rule tests, " + (results.size() - failedCount()) + " passed, " + failedCount()
				+ " failed" + (problems.isEmpty() ? "" : ", " + problems.size() + " test files could not be read");
	}

}
