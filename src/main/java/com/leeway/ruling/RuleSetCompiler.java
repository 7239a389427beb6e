package com.leeway.ruling;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.leeway.ruling.engine.DroolsCompiler;
import com.leeway.ruling.engine.EvaluationLimits;

/**
 * Compiles rule files and the standards catalogue into a {@link CompiledRuleSet}, or says exactly what is wrong
 * and where.
 */
public final class RuleSetCompiler {

	private final EvaluationLimits limits;

	private final Clock clock;

	public RuleSetCompiler(int maxFirings, Duration maxEvaluationTime, Clock clock) {
		this.limits = new EvaluationLimits(maxFirings, maxEvaluationTime);
		this.clock = clock;
	}

	/** A compiler with the default limits, for tests and the command line. */
	public static RuleSetCompiler withDefaults() {
		return new RuleSetCompiler(EvaluationLimits.DEFAULT.maxFirings(), EvaluationLimits.DEFAULT.maxTime(),
				Clock.systemUTC());
	}

	public RuleSetCompilation compile(RuleSetFiles files) {
		List<RuleProblem> problems = new ArrayList<>();
		StandardsCatalogue catalogue;
		byte[] standards = files.content(StandardsCatalogue.FILE);
		if (standards == null) {
			problems.add(RuleProblem.error(StandardsCatalogue.FILE, 0, 0,
					"The rule set has no standards.yaml, so requesters would have no standard to choose from."));
			catalogue = StandardsCatalogue.empty();
		}
		else {
			catalogue = StandardsCatalogue.parse(standards, problems);
		}
		if (files.paths().stream().noneMatch(RuleSetFiles::isRuleFile)) {
			problems.add(RuleProblem.error("", 0, 0,
					"The rule set has no rule file (.drl, .drl.csv or .drl.xlsx), so no request could be decided."));
		}
		DroolsCompiler.Result result = DroolsCompiler.compile(files, limits);
		problems.addAll(result.problems());
		if (problems.stream().anyMatch(RuleProblem::isError) || result.ruleBase() == null) {
			return new RuleSetCompilation(files.hash(), problems, java.util.Optional.empty());
		}
		List<RuleProblem> warnings = problems.stream().filter(problem -> !problem.isError()).toList();
		return new RuleSetCompilation(files.hash(), problems, java.util.Optional
			.of(new CompiledRuleSet(files, catalogue, result.ruleBase(), warnings, clock.instant())));
	}

}
