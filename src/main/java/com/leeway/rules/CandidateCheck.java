package com.leeway.rules;

import java.util.List;

import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetCompilation;

/**
 * A candidate rule set, checked: compiled, and when it compiled, its rule tests run. Only a candidate that
 * passes both may be published.
 */
public record CandidateCheck(RuleSetCompilation compilation, RuleTestReport tests) {

	public boolean publishable() {
		return compilation.succeeded() && tests != null && tests.passed();
	}

	public String version() {
		return compilation.version();
	}

	public List<RuleProblem> errors() {
		return compilation.errors();
	}

	public List<RuleProblem> warnings() {
		return compilation.warnings();
	}

	/** Why the candidate may not be published, in one sentence; empty when it may. */
	public String verdict() {
		if (!compilation.succeeded()) {
			return "The rules do not compile (" + compilation.errors().size()
					+ (compilation.errors().size() == 1 ? " error" : " errors") + "), so they cannot be published.";
		}
		if (!tests.passed()) {
			return "The rules compile, but " + tests.summary()
					+ ", so they cannot be published until the rules or the tests are fixed.";
		}
		return "";
	}

}
