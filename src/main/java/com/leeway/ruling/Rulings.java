package com.leeway.ruling;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Service;

/**
 * Evaluates requests against the active rule set. Activation swaps one reference, so an evaluation runs wholly
 * on the rule set it started with and a swap never makes a request wait.
 */
@Service
public class Rulings {

	private final AtomicReference<CompiledRuleSet> active = new AtomicReference<>();

	public Ruling evaluate(RequestFacts facts) {
		CompiledRuleSet ruleSet = active.get();
		if (ruleSet == null) {
			return Ruling.forReview(
					"The company's rules are not available right now, so a member of IT staff will review this request by hand.",
					"none");
		}
		return ruleSet.evaluate(facts);
	}

	public Optional<CompiledRuleSet> active() {
		return Optional.ofNullable(active.get());
	}

	public StandardsCatalogue standards() {
		CompiledRuleSet ruleSet = active.get();
		return ruleSet == null ? StandardsCatalogue.empty() : ruleSet.catalogue();
	}

	/** Makes a compiled rule set the one that decides from now on. */
	public void activate(CompiledRuleSet ruleSet) {
		active.set(ruleSet);
	}

}
