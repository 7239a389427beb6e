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

	/** Evaluates one request; never throws for what the rules do, a stopped evaluation goes to review. */
	public Ruling evaluate(RequestFacts facts) {
		return trace(facts).ruling();
	}

	/**
	 * Evaluates one request and also tells which rule was running when a limit stopped the evaluation
	 * ({@code null} when the rules finished), so rule tests can warn about runaway rules.
	 */
	public Trace trace(RequestFacts facts) {
		Standard standard = catalogue.find(facts.standardKey()).orElse(null);
		Request request = new Request(facts, standard);
		DroolsRuleBase.Evaluation evaluation = ruleBase.evaluate(request);
		return new Trace(ruling(evaluation, facts),
				evaluation.stop() == DroolsRuleBase.Stop.FINISHED ? null : evaluation.lastRule());
	}

	/** A ruling, and the rule that was stopped by a limit, if any. */
	public record Trace(Ruling ruling, String stoppedRule) {
	}

	private Ruling ruling(DroolsRuleBase.Evaluation evaluation, RequestFacts facts) {
		RulingSheet sheet = evaluation.sheet();
		return switch (evaluation.stop()) {
			case FINISHED -> Ruling.of(sheet.findings(), sheet.conditions(), sheet.maxDays(), facts.durationDays(),
					version());
			case TOO_MANY_FIRINGS -> Ruling.forReview("The rules could not reach a decision (the rule \""
					+ evaluation.lastRule()
					+ "\" kept firing), so a member of IT staff will review this request by hand.", version());
			case TOO_SLOW -> Ruling.forReview("The rules took too long to reach a decision (the last rule was \""
					+ evaluation.lastRule() + "\"), so a member of IT staff will review this request by hand.",
					version());
		};
	}

}
