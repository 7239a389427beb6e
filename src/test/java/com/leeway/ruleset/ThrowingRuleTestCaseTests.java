package com.leeway.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;

/**
 * A rule that breaks at run time fails the rule test that reaches it, with a plain message naming the rule; the
 * other tests still run.
 */
class ThrowingRuleTestCaseTests {

	static final String FRAGILE_RULE = """
			// Standard: all. Breaks for 13 people: the remainder of a division by zero.
			package leeway.rules

			import com.leeway.ruling.facts.Request
			global com.leeway.ruling.facts.RulingSheet ruling

			// Notes when a group splits evenly into teams.
			rule "Note groups that split into equal teams"
			when
			    Request( usersAffected % (usersAffected - 13) == 0 )
			then
			    ruling.note("The group splits into equal teams.");
			end
			""";

	static final String TESTS = """
			tests:
			  - name: Thirteen people
			    request: { standardKey: WORD_PROCESSING, product: WordPerfect, durationDays: 30, usersAffected: 13 }
			    expect: { outcome: REVIEW }
			  - name: Two people
			    request: { standardKey: WORD_PROCESSING, product: WordPerfect, durationDays: 30, usersAffected: 2 }
			    expect: { outcome: APPROVE }
			""";

	@Test
	void aRuleThatThrowsFailsItsTestCaseWithAPlainMessageAndTheRunGoesOn() {
		Map<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(Path.of("rules")).files());
		files.put("fragile.drl", FRAGILE_RULE.getBytes(StandardCharsets.UTF_8));
		files.put("tests/fragile.yaml", TESTS.getBytes(StandardCharsets.UTF_8));
		CompiledRuleSet ruleSet = RuleSetCompiler.withDefaults().compile(new RuleSetFiles(files)).ruleSet().orElseThrow();

		RuleTestReport report = RuleTestRunner.run(ruleSet);

		assertThat(report.passed()).isFalse();
		assertThat(report.results()).filteredOn(result -> result.name().equals("Thirteen people"))
			.singleElement()
			.satisfies(result -> {
				assertThat(result.passed()).as("even though REVIEW was expected").isFalse();
				assertThat(result.failures()).containsExactly(
						"The rule \"Note groups that split into equal teams\" failed while it checked the request: it divided by zero.");
				assertThat(result.actual()).contains("REVIEW").contains("divided by zero");
				assertThat(result.warning()).as("no advice about loops").isNull();
			});
		assertThat(report.results()).filteredOn(result -> result.name().equals("Two people"))
			.singleElement()
			.satisfies(result -> assertThat(result.passed()).isTrue());
		assertThat(RuleTestRunner.junitXml(report)).contains("divided by zero").doesNotContain("Exception");
	}

}
