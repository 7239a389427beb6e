package com.leeway.ruling.engine;

import static org.assertj.core.api.Assertions.assertThat;

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
 * What the shipped rule set in {@code rules/} does beyond what its own rule tests ({@code rules/tests/*.yaml},
 * run one by one by {@code ShippedRuleTestFilesTests}) can say: how verdicts combine when several rules fire, how
 * placeholders are filled, how long an exception may be granted, and the version recorded on every ruling.
 */
class ShippedRulesTests {

	static CompiledRuleSet rules;

	@BeforeAll
	static void compileShippedRules() {
		RuleSetCompilation compilation = RuleSetCompiler.withDefaults()
			.compile(RuleSetFiles.readFolder(Path.of("rules")));
		assertThat(compilation.errors()).isEmpty();
		rules = compilation.ruleSet().orElseThrow();
	}

	static RequestFacts request(String standard, String product, String version, int days, int users, String data) {
		return RequestFacts.of(standard, product, version, "Needed for a client project.", days, users, data)
			.by("alice", "Marketing");
	}

	@Test
	void capsSmallExceptionsAtNinetyDaysEvenWhenLessIsAsked() {
		Ruling ruling = rules.evaluate(request("WEB_BROWSER", "Vivaldi", "7", 30, 1, "PUBLIC"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(ruling.maxDays()).isEqualTo(90);
		assertThat(ruling.grantedDays(30)).isEqualTo(30);
	}

	@Test
	void anEscalationOutweighsAnApprovalThatFiresWithItAndBothReasonsAreGiven() {
		Ruling ruling = rules.evaluate(
				request("WORD_PROCESSING", "WordPerfect", "2021", 60, 3, "INTERNAL").asRenewal(2, "EXPIRED"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.ESCALATE);
		assertThat(ruling.rules()).containsExactlyInAnyOrder("Escalate exceptions renewed twice already",
				"Approve small, short, low-risk exceptions");
		assertThat(ruling.justification()).contains("renewed more than once");
	}

	@Test
	void twoDenialsGiveOneDenialWithBothReasons() {
		Ruling ruling = rules.evaluate(request("WEB_BROWSER", "Internet Explorer", "11", 30, 1, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.DENY);
		assertThat(ruling.rules()).containsExactlyInAnyOrder("Deny Internet Explorer", "Deny retired products");
		assertThat(ruling.justification()).contains("Internet Explorer mode").contains("is retired");
	}

	@Test
	void fillsPlaceholdersWithTheCatalogueNameOfTheProductAndItsApprovedAlternatives() {
		Ruling ruling = rules.evaluate(request("FILE_SHARING", "personal dropbox", null, 30, 2, "INTERNAL"));

		assertThat(ruling.justification()).contains("Personal Dropbox is retired under the")
			.contains("Please use OneDrive for Business or SharePoint Online instead.")
			.doesNotContain("{");
	}

	@Test
	void fillsTheDepartmentAndTheNumbersOfTheRequestIntoTheReason() {
		Ruling ruling = rules.evaluate(request("COLLABORATION_SAAS", "Airtable", null, 60, 3, "INTERNAL")
			.withEstimatedCost(new java.math.BigDecimal("4800")));

		assertThat(ruling.justification()).contains("about 4,800").contains("the manager of Marketing decides");
	}

	@Test
	void recordsTheContentHashOfTheRuleSetOnEveryRuling() {
		Ruling ruling = rules.evaluate(request("WORD_PROCESSING", "WordPerfect", "2021", 60, 3, "INTERNAL"));

		assertThat(ruling.rulesetVersion()).isEqualTo(rules.version()).hasSize(64);
	}

}
