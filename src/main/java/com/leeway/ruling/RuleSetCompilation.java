package com.leeway.ruling;

import java.util.List;
import java.util.Optional;

/**
 * The result of compiling a candidate rule set: every problem found, and the compiled rule set when there was
 * no error.
 */
public record RuleSetCompilation(String version, List<RuleProblem> problems, Optional<CompiledRuleSet> ruleSet) {

	public RuleSetCompilation {
		problems = List.copyOf(problems);
	}

	public boolean succeeded() {
		return ruleSet.isPresent();
	}

	public List<RuleProblem> errors() {
		return problems.stream().filter(RuleProblem::isError).toList();
	}

	public List<RuleProblem> warnings() {
		return problems.stream().filter(problem -> !problem.isError()).toList();
	}

}
