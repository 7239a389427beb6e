package com.leeway.ruling;

import java.time.Instant;
import java.util.List;

import com.leeway.ruling.engine.DroolsRuleBase;
import com.leeway.ruling.facts.Request;
import com.leeway.ruling.facts.RulingSheet;

/**
 * A rule set that compiled: its files, standards and rule base. It can evaluate requests whether or not it is
 * the active one, which is what rule tests and impact previews need.
 */
public final class CompiledRuleSet {

	private final RuleSetFiles files;

	private final StandardsCatalogue catalogue;

	private final DroolsRuleBase ruleBase;

	private final List<RuleProblem> warnings;

	private final Instant compiledAt;

	CompiledRuleSet(RuleSetFiles files, StandardsCatalogue catalogue, DroolsRuleBase ruleBase,
			List<RuleProblem> warnings, Instant compiledAt) {
		this.files = files;
		this.catalogue = catalogue;
		this.ruleBase = ruleBase;
		this.warnings = List.copyOf(warnings);
		this.compiledAt = compiledAt;
	}

	/** The content hash that every ruling of this rule set records. */
	public String version() {
		return files.hash();
	}

	public RuleSetFiles files() {
		return files;
	}

	public StandardsCatalogue catalogue() {
		return catalogue;
	}

	public List<String> ruleNames() {
		return ruleBase.ruleNames();
	}

	public int ruleCount() {
		return ruleBase.ruleNames().size();
	}

	public List<RuleProblem> warnings() {
		return warnings;
	}

	public Instant compiledAt() {
		return compiledAt;
	}

	/** Evaluates one request; never throws for what the rules do: an evaluation that did not finish goes to review. */
	public Ruling evaluate(RequestFacts facts) {
		return trace(facts).ruling();
	}

	/**
	 * Evaluates one request and also tells IT staff why the rules did not finish, if they did not: which rule a
	 * limit stopped (rule tests warn about runaway rules) or which rule failed and how. Never throws: whatever
	 * happens, the ruling sends the request to IT staff review with a plain note for the requester.
	 */
	public Trace trace(RequestFacts facts) {
		DroolsRuleBase.Evaluation evaluation;
		try {
			Standard standard = catalogue.find(facts.standardKey()).orElse(null);
			evaluation = ruleBase.evaluate(new Request(facts, standard));
			if (evaluation.stop() == DroolsRuleBase.Stop.FINISHED) {
				RulingSheet sheet = evaluation.sheet();
				return new Trace(Ruling.of(sheet.findings(), sheet.conditions(), sheet.maxDays(), facts.durationDays(),
						version()), null, null, null);
			}
		}
		catch (Throwable failure) {
			// Not the rules but what surrounds them failed; the requester is answered all the same.
			return new Trace(Ruling.couldNotDecide(version()), null,
					"The request could not be evaluated: " + describe(failure) + ".", failure);
		}
		return stopped(evaluation);
	}

	/**
	 * A ruling, and, when the rules did not finish, why.
	 *
	 * @param stoppedRule the rule a limit stopped (firing again and again, or running too long), else {@code null}
	 * @param problem for IT staff: why the rules did not finish, naming the rule where known; {@code null} when they
	 * finished
	 * @param failure what a rule threw, when one failed; {@code null} otherwise
	 */
	public record Trace(Ruling ruling, String stoppedRule, String problem, Throwable failure) {

		/** Whether the rules ran to the end; if not, the ruling sends the request to IT staff review. */
		public boolean finished() {
			return problem == null;
		}

		/** Whether a rule failed while it ran, as opposed to being stopped by a limit. */
		public boolean ruleFailed() {
			return failure != null;
		}

	}

	private Trace stopped(DroolsRuleBase.Evaluation evaluation) {
		Ruling review = Ruling.couldNotDecide(version());
		String rule = evaluation.lastRule();
		return switch (evaluation.stop()) {
			case TOO_MANY_FIRINGS -> new Trace(review, rule,
					"The rule \"" + rule + "\" kept firing, so the rules could not reach a decision.", null);
			case TOO_SLOW -> new Trace(review, rule, "The rules took too long to reach a decision"
					+ (rule.isEmpty() ? "" : " (the last rule to start was \"" + rule + "\")") + ".", null);
			case FAILED -> new Trace(review, null, (rule.isEmpty() ? "A rule" : "The rule \"" + rule + "\"")
					+ " failed while it checked the request: " + describe(evaluation.failure()) + ".",
					evaluation.failure());
			case FINISHED -> throw new IllegalStateException("A finished evaluation is not stopped");
		};
	}

	/** The innermost cause of a failure in a few plain words, for IT staff, e.g. "it divided by zero". */
	private static String describe(Throwable failure) {
		Throwable root = failure;
		for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 20; depth++) {
			if (root instanceof StackOverflowError || root instanceof OutOfMemoryError) {
				break;
			}
			root = root.getCause();
		}
		if (root instanceof StackOverflowError) {
			return "it called itself too many times over";
		}
		if (root instanceof OutOfMemoryError) {
			return "it used up the memory available";
		}
		if (root instanceof ArithmeticException) {
			return "it divided by zero";
		}
		if (root instanceof NullPointerException) {
			return "it used a value the request does not have";
		}
		String message = root.getMessage();
		return "it stopped with an error" + (message == null || message.isBlank() ? "" : " (" + message + ")");
	}

}
