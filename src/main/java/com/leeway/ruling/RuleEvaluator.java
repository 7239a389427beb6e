package com.leeway.ruling;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Evaluates requests against the active rule set. Activation swaps one reference, so an evaluation runs wholly
 * on the rule set it started with and a swap never makes a request wait.
 * <p>
 * Evaluating never fails and never touches the database: callers evaluate before they open a transaction, so a
 * slow or broken rule cannot hold a database connection. When the rules fail or are stopped, the request goes to
 * IT staff review and the log says which rule and why.
 */
@Service
public class RuleEvaluator {

	private static final Logger log = LoggerFactory.getLogger(RuleEvaluator.class);

	private final AtomicReference<CompiledRuleSet> active = new AtomicReference<>();

	/** The active rule set's ruling on a request; never throws, whatever the rules do. */
	public Ruling evaluate(RequestFacts facts) {
		CompiledRuleSet ruleSet = active.get();
		if (ruleSet == null) {
			return Ruling.forReview(
					"The company's rules are not available right now, so a member of IT staff will review this request by hand.",
					"none");
		}
		CompiledRuleSet.Trace trace = ruleSet.trace(facts);
		if (!trace.finished()) {
			report(ruleSet, facts, trace);
		}
		return trace.ruling();
	}

	private static void report(CompiledRuleSet ruleSet, RequestFacts facts, CompiledRuleSet.Trace trace) {
		try {
			if (trace.failure() == null) {
				log.warn("Rule set {}: a request for standard {} went to IT staff review. {}", ruleSet.version(),
						facts.standardKey(), trace.problem());
			}
			else {
				log.warn("Rule set {}: a request for standard {} went to IT staff review. {} [{}]", ruleSet.version(),
						facts.standardKey(), trace.problem(), trace.failure().toString());
				log.debug("What the failing rule threw", trace.failure());
			}
		}
		catch (Throwable ignored) {
			// Logging must not turn a ruling into a failed request.
		}
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
