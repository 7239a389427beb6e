package com.leeway.ruling;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A rule set whose rule breaks at run time on some requests still rules on every request: the broken ones go to
 * IT staff review with a plain note, the others are ruled as usual, and IT staff learn which rule broke and how.
 */
class RuleFailureTests {

	/** Divides by zero (the remainder of a division by zero) for a request covering 13 people, and only then. */
	static final String FRAGILE_RULE = """
			// Standard: all. A rule that breaks at run time for one group size, as a careless rule might.
			package leeway.rules

			import com.leeway.ruling.facts.Request
			global com.leeway.ruling.facts.RulingSheet ruling

			// Notes when a group splits evenly into teams; divides by zero for 13 people.
			rule "Note groups that split into equal teams"
			when
			    Request( usersAffected % (usersAffected - 13) == 0 )
			then
			    ruling.note("The group splits into equal teams.");
			end
			""";

	static CompiledRuleSet fragile;

	static RuleSetFiles shippedRulesWith(String path, String content) {
		Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(Path.of("rules")).files());
		files.put(path, content.getBytes(StandardCharsets.UTF_8));
		return new RuleSetFiles(files);
	}

	@BeforeAll
	static void compile() {
		RuleSetCompilation compilation = RuleSetCompiler.withDefaults()
			.compile(shippedRulesWith("fragile.drl", FRAGILE_RULE));
		assertThat(compilation.errors()).isEmpty();
		fragile = compilation.ruleSet().orElseThrow();
	}

	static RequestFacts wordPerfectFor(int users) {
		return RequestFacts.of("WORD_PROCESSING", "WordPerfect", "2021", "Client files.", 30, users, "INTERNAL");
	}

	@Test
	void aRuleThatDividesByZeroSendsTheRequestToReviewWithAPlainNote() {
		CompiledRuleSet.Trace trace = fragile.trace(wordPerfectFor(13));

		assertThat(trace.ruling().outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(trace.ruling().justification()).isEqualTo(Ruling.COULD_NOT_DECIDE);
		assertThat(trace.ruling().rulesetVersion()).isEqualTo(fragile.version());
		assertThat(trace.ruleFailed()).isTrue();
		assertThat(trace.stoppedRule()).as("not a runaway rule").isNull();
		assertThat(trace.problem()).isEqualTo(
				"The rule \"Note groups that split into equal teams\" failed while it checked the request: it divided by zero.");
	}

	@Test
	void everyOtherRequestIsRuledAsUsualBeforeAndAfterTheBrokenOne() {
		for (int round = 0; round < 30; round++) {
			assertThat(fragile.evaluate(wordPerfectFor(13)).outcome()).isEqualTo(Outcome.REVIEW);
			CompiledRuleSet.Trace working = fragile.trace(wordPerfectFor(2));
			assertThat(working.finished()).isTrue();
			assertThat(working.ruling().outcome()).isEqualTo(Outcome.APPROVE);
			assertThat(working.ruling().rules()).contains("Approve small, short, low-risk exceptions");
		}
	}

	@Test
	void theActiveRuleSetAnswersTheBrokenRequestWithoutThrowing() {
		RuleEvaluator rulings = new RuleEvaluator();
		rulings.activate(fragile);

		Ruling ruling = rulings.evaluate(wordPerfectFor(13));

		assertThat(ruling.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(ruling.findings()).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEmpty();
			assertThat(finding.reason()).isEqualTo(Ruling.COULD_NOT_DECIDE);
		});
		assertThat(rulings.evaluate(wordPerfectFor(2)).outcome()).isEqualTo(Outcome.APPROVE);
	}

	@Test
	void withoutAnActiveRuleSetEveryRequestGoesToReview() {
		Ruling ruling = new RuleEvaluator().evaluate(wordPerfectFor(2));

		assertThat(ruling.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(ruling.justification()).contains("a member of IT staff will review this request by hand");
	}

	@Test
	void aRuleSetOutOfTimeSendsTheRequestToReviewAndNamesTheRuleThatWasStopped() {
		CompiledRuleSet noTime = new RuleSetCompiler(1000, java.time.Duration.ZERO, java.time.Clock.systemUTC())
			.compile(RuleSetFiles.readFolder(Path.of("rules")))
			.ruleSet()
			.orElseThrow();

		CompiledRuleSet.Trace trace = noTime.trace(wordPerfectFor(2));

		assertThat(trace.ruling().outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(trace.ruling().justification()).isEqualTo(Ruling.COULD_NOT_DECIDE);
		assertThat(trace.ruleFailed()).isFalse();
		assertThat(trace.stoppedRule()).isNotBlank();
		assertThat(trace.problem()).startsWith("The rules took too long to reach a decision")
			.contains(trace.stoppedRule());
	}

}
