package com.leeway.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.Outcome;
import com.leeway.ruling.RequestFacts;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.ruling.Ruling;
import com.leeway.ruling.RuleEvaluator;

/**
 * Swapping rule sets while requests are evaluated never mixes two versions in one ruling.
 */
class RuleSetSwapTests {

	static CompiledRuleSet withWordPerfectRule(String verdict) {
		Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(Path.of("rules")).files());
		files.put("swap.drl", ("""
				package leeway.rules
				import com.leeway.ruling.facts.Request
				global com.leeway.ruling.facts.RulingSheet ruling
				// Test rule whose verdict tells which version decided.
				rule "WordPerfect under test"
				when
				    Request( productIs("WordPerfect") )
				then
				    ruling.%s("Decided by the %s version.");
				end
				""").formatted(verdict, verdict).getBytes(StandardCharsets.UTF_8));
		return RuleSetCompiler.withDefaults().compile(new RuleSetFiles(files)).ruleSet().orElseThrow();
	}

	@Test
	void everyRulingComesWhollyFromOneRuleSetWhileTheyAreSwapped() throws Exception {
		CompiledRuleSet denying = withWordPerfectRule("deny");
		CompiledRuleSet escalating = withWordPerfectRule("escalate");
		Map<String, Outcome> outcomeOfVersion = Map.of(denying.version(), Outcome.DENY, escalating.version(),
				Outcome.ESCALATE);
		RuleEvaluator rulings = new RuleEvaluator();
		rulings.activate(denying);
		RequestFacts facts = RequestFacts.of("WORD_PROCESSING", "WordPerfect", "2021", "Client files.", 30, 2,
				"INTERNAL");
		AtomicBoolean evaluating = new AtomicBoolean(true);
		Set<String> seen = ConcurrentHashMap.newKeySet();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Long> swaps = pool.submit(() -> {
				long count = 0;
				while (evaluating.get()) {
					rulings.activate(count++ % 2 == 0 ? escalating : denying);
				}
				return count;
			});
			Future<?> evaluations = pool.submit(() -> {
				try {
					for (int i = 0; i < 20_000; i++) {
						Ruling ruling = rulings.evaluate(facts);
						assertThat(ruling.outcome()).isEqualTo(outcomeOfVersion.get(ruling.rulesetVersion()));
						assertThat(ruling.justification()).contains(
								ruling.outcome() == Outcome.DENY ? "the deny version" : "the escalate version");
						seen.add(ruling.rulesetVersion());
					}
				}
				finally {
					evaluating.set(false);
				}
			});

			evaluations.get();
			assertThat(swaps.get()).isPositive();
		}
		finally {
			evaluating.set(false);
			pool.shutdownNow();
		}
		assertThat(seen).as("both rule sets decided while they were swapped").hasSize(2);
	}

}
