package com.leeway.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;

/**
 * The rule tests shipped beside the rules ({@code rules/tests/*.yaml}), each case a test of its own named as IT
 * staff named it, run on the real shipped rules exactly as publishing runs them.
 */
class ShippedRuleTestFilesTests {

	static CompiledRuleSet shipped;

	static RuleTestReport report;

	@BeforeAll
	static void runTheShippedRuleTests() {
		shipped = RuleSetCompiler.withDefaults().compile(RuleSetFiles.readFolder(Path.of("rules"))).ruleSet().orElseThrow();
		report = RuleTestRunner.run(shipped);
	}

	@TestFactory
	Stream<DynamicTest> everyShippedRuleTestCasePasses() {
		Stream<DynamicTest> cases = report.results()
			.stream()
			.map(result -> DynamicTest.dynamicTest(result.name(), () -> assertThat(result.passed())
				.as("%s:%d %s%nexpected: %s%nactual:   %s", result.file(), result.line(), result.failures(),
						result.expected(), result.actual())
				.isTrue()));
		Stream<DynamicTest> unreadable = report.problems()
			.stream()
			.map(problem -> DynamicTest.dynamicTest(problem, () -> assertThat(problem).as("a test file that cannot be read")
				.isNull()));
		return Stream.concat(cases, unreadable);
	}

	@Test
	void everyShippedRuleIsExpectedToFireByAtLeastOneRuleTest() {
		assertThat(report.results()).isNotEmpty();
		assertThat(shipped.ruleNames()).allSatisfy(rule -> assertThat(report.results())
			.as("a rule test in rules/tests/ expecting \"%s\" to fire", rule)
			.anyMatch(result -> result.expected().contains(rule)));
	}

	@Test
	void noShippedRuleTestWarnsOfARuleThatKeepsFiring() {
		assertThat(report.warnings()).isEmpty();
	}

}
