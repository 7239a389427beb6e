package com.leeway.ruling.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.Outcome;
import com.leeway.ruling.RequestFacts;
import com.leeway.ruling.RuleSetCompilation;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.ruling.Ruling;

/**
 * The shipped rule set in {@code rules/}, one business example per rule: the verdict, the reason and the rule
 * that fired.
 */
class ShippedRulesTests {

	static CompiledRuleSet rules;

	@BeforeAll
	static void compileShippedRules() {
		RuleSetCompilation compilation = RuleSetCompiler.withDefaults().compile(RuleSetFiles.readFolder(Path.of("rules")));
		assertThat(compilation.errors()).isEmpty();
		rules = compilation.ruleSet().orElseThrow();
	}

	static RequestFacts request(String standard, String product, String version, int days, int users, String data) {
		return RequestFacts.of(standard, product, version, "Needed for a client project.", days, users, data)
			.by("alice", "Marketing");
	}

	@Test
	void approvesASmallShortLowRiskException() {
		Ruling ruling = rules.evaluate(request("WORD_PROCESSING", "WordPerfect", "2021", 60, 3, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(ruling.rules()).containsExactly("Approve small, short, low-risk exceptions");
		assertThat(ruling.justification()).contains("WordPerfect is not a company standard").contains("3 people for 60 days");
		assertThat(ruling.conditions()).contains("Expires after 60 days", "IT may review the exception before it expires");
	}

	@Test
	void deniesUnsupportedWindowsVersionsFromTheDecisionTable() {
		Ruling ruling = rules.evaluate(request("DESKTOP_OS", "Windows", "7 SP1", 30, 1, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.DENY);
		assertThat(ruling.rules()).contains("Deny Windows 7");
		assertThat(ruling.justification()).contains("Windows 7 has not received security updates");
	}

}
