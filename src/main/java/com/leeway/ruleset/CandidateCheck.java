package com.leeway.ruleset;

import java.util.List;
import java.util.Optional;

import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.RuleProblem;
import com.leeway.ruling.RuleSetCompilation;

/**
 * A candidate rule set, checked: compiled, and when it compiled, its rule tests run. Only a candidate that
 * passes both may be published. A version that was published before is only compiled again (start-up, another
 * instance's publication): it passed its tests when it was published, and is not held back by them later.
 */
public record CandidateCheck(RuleSetCompilation compilation, RuleTestReport tests, boolean alreadyPublished) {

	public CandidateCheck(RuleSetCompilation compilation, RuleTestReport tests) {
		this(compilation, tests, false);
	}

	/** A published version, compiled without running its rule tests again. */
	public static CandidateCheck ofPublished(RuleSetCompilation compilation) {
		return new CandidateCheck(compilation, null, true);
	}

	static CandidateCheck ofPublished(CompiledRuleSet ruleSet) {
		return ofPublished(new RuleSetCompilation(ruleSet.version(), ruleSet.warnings(), Optional.of(ruleSet)));
	}

	public boolean publishable() {
		return compilation.succeeded() && (alreadyPublished || tests != null && tests.passed());
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
		if (alreadyPublished || tests != null && tests.passed()) {
			return "";
		}
		if (tests == null) {
			return "The rules compile, but their tests have not been run, so they cannot be published yet.";
		}
		return "The rules compile, but " + tests.summary()
				+ ", so they cannot be published until the rules or the tests are fixed.";
	}

}
