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
 * The shipped rule set in {@code rules/}, one realistic request per rule: the verdict, the reason and the rule
 * that fired.
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
	void approvesASmallShortLowRiskException() {
		Ruling ruling = rules.evaluate(request("WORD_PROCESSING", "WordPerfect", "2021", 60, 3, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(ruling.rules()).containsExactly("Approve small, short, low-risk exceptions");
		assertThat(ruling.justification()).contains("WordPerfect is not a company standard")
			.contains("3 people for 60 days");
		assertThat(ruling.conditions()).contains("Expires after 60 days",
				"IT may review the exception before it expires");
	}

	@Test
	void capsSmallExceptionsAtNinetyDaysEvenWhenLessIsAsked() {
		Ruling ruling = rules.evaluate(request("WEB_BROWSER", "Vivaldi", "7", 30, 1, "PUBLIC"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(ruling.maxDays()).isEqualTo(90);
		assertThat(ruling.grantedDays(30)).isEqualTo(30);
	}

	@Test
	void approvesAMediumExceptionWhenTheTeamDescribesCompensatingControls() {
		Ruling ruling = rules.evaluate(request("COLLABORATION_SAAS", "Figma", null, 150, 12, "INTERNAL")
			.withCompensatingControls("Company sign-on enforced, no customer files uploaded, monthly access review."));

		assertThat(ruling.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(ruling.rules()).containsExactly("Approve medium exceptions with compensating controls");
		assertThat(ruling.conditions()).contains("Expires after 150 days", "Reviewed by IT staff every 90 days");
	}

	@Test
	void sendsAMediumExceptionWithoutCompensatingControlsToItStaffReview() {
		Ruling ruling = rules.evaluate(request("COLLABORATION_SAAS", "Figma", null, 150, 12, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(ruling.rules()).isEmpty();
		assertThat(ruling.justification()).contains("a member of IT staff will review it");
	}

	@Test
	void deniesSwitchingOffEndpointProtectionWhateverTheRequest() {
		Ruling ruling = rules.evaluate(request("ENDPOINT_PROTECTION", "None (switched off)", null, 7, 1, "PUBLIC"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.DENY);
		assertThat(ruling.rules()).containsExactly("Deny switching off a security control");
		assertThat(ruling.justification()).contains("Endpoint protection (anti-malware) is a security control")
			.contains("Microsoft Defender for Endpoint");
	}

	@Test
	void deniesReplacingDiskEncryptionEvenForAManagerSizedRequest() {
		Ruling ruling = rules.evaluate(request("DISK_ENCRYPTION", "VeraCrypt", "1.26", 365, 50, "REGULATED"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.DENY);
		assertThat(ruling.rules()).containsExactly("Deny switching off a security control");
	}

	@Test
	void deniesRetiredProductsAndNamesTheApprovedAlternatives() {
		Ruling ruling = rules.evaluate(request("FILE_SHARING", "personal dropbox", null, 30, 2, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.DENY);
		assertThat(ruling.rules()).containsExactly("Deny retired products");
		assertThat(ruling.justification()).contains("Personal Dropbox is retired")
			.contains("OneDrive for Business or SharePoint Online");
	}

	@Test
	void deniesNewUseOfProductsOnHold() {
		Ruling ruling = rules.evaluate(request("REMOTE_ACCESS", "TeamViewer", "15", 30, 1, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.DENY);
		assertThat(ruling.rules()).containsExactly("Deny new use of products on hold");
		assertThat(ruling.justification()).contains("TeamViewer is on hold")
			.contains("Company VPN or Microsoft Intune Remote Help");
	}

	@Test
	void approvesAskingForAProductThatIsAlreadyStandard() {
		Ruling ruling = rules.evaluate(request("WORD_PROCESSING", "LibreOffice", "24.8", 365, 40, "CONFIDENTIAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.APPROVE);
		assertThat(ruling.rules()).containsExactly("Approve products that are already standard");
		assertThat(ruling.justification()).contains("no exception is needed");
	}

	@Test
	void escalatesConfidentialDataToTheDepartmentManager() {
		Ruling ruling = rules.evaluate(request("COLLABORATION_SAAS", "Notion", null, 60, 3, "CONFIDENTIAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.ESCALATE);
		assertThat(ruling.rules()).containsExactly("Escalate confidential or regulated data");
		assertThat(ruling.justification()).contains("confidential data")
			.contains("the manager of Marketing decides");
	}

	@Test
	void escalatesRegulatedDataToTheDepartmentManager() {
		Ruling ruling = rules.evaluate(request("FILE_SHARING", "Tresorit", null, 60, 3, "REGULATED"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.ESCALATE);
		assertThat(ruling.justification()).contains("regulated data");
	}

	@Test
	void escalatesExceptionsForManyUsers() {
		Ruling ruling = rules.evaluate(request("WORD_PROCESSING", "WordPerfect", "2021", 60, 120, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.ESCALATE);
		assertThat(ruling.rules()).containsExactly("Escalate exceptions for many users");
		assertThat(ruling.justification()).contains("120 people");
	}

	@Test
	void escalatesExceptionsLongerThanSixMonths() {
		Ruling ruling = rules.evaluate(request("WORD_PROCESSING", "WordPerfect", "2021", 365, 2, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.ESCALATE);
		assertThat(ruling.rules()).containsExactly("Escalate exceptions longer than six months");
		assertThat(ruling.justification()).contains("365 days");
	}

	@Test
	void escalatesExceptionsWithRealCost() {
		Ruling ruling = rules.evaluate(request("COLLABORATION_SAAS", "Airtable", null, 60, 3, "INTERNAL")
			.withEstimatedCost(new BigDecimal("4800")));

		assertThat(ruling.outcome()).isEqualTo(Outcome.ESCALATE);
		assertThat(ruling.rules()).containsExactly("Escalate exceptions with real cost");
		assertThat(ruling.justification()).contains("about 4,800");
	}

	@Test
	void escalatesEveryUnapprovedAiAssistant() {
		Ruling ruling = rules.evaluate(request("GENERATIVE_AI", "ChatGPT", null, 30, 1, "PUBLIC"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.ESCALATE);
		assertThat(ruling.rules()).contains("Escalate unapproved AI assistants");
	}

	@Test
	void escalatesAnExceptionRenewedTwiceAlready() {
		Ruling ruling = rules.evaluate(
				request("WORD_PROCESSING", "WordPerfect", "2021", 60, 3, "INTERNAL").asRenewal(2, "EXPIRED"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.ESCALATE);
		assertThat(ruling.rules()).contains("Escalate exceptions renewed twice already",
				"Approve small, short, low-risk exceptions");
	}

	@Test
	void deniesUnsupportedWindowsVersionsFromTheDecisionTable() {
		Ruling ruling = rules.evaluate(request("DESKTOP_OS", "Windows", "7 SP1", 30, 1, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.DENY);
		assertThat(ruling.rules()).contains("Deny Windows 7");
		assertThat(ruling.justification()).contains("Windows 7 has not received security updates");
	}

	@Test
	void deniesEveryVersionOfInternetExplorerFromTheDecisionTable() {
		Ruling ruling = rules.evaluate(request("WEB_BROWSER", "Internet Explorer", "11", 30, 1, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.DENY);
		assertThat(ruling.rules()).contains("Deny Internet Explorer", "Deny retired products");
	}

	@Test
	void deniesPythonTwoButNotPythonTwelve() {
		Ruling old = rules.evaluate(request("PROGRAMMING_RUNTIME", "Python", "2.7.18", 30, 1, "INTERNAL"));
		Ruling current = rules.evaluate(request("PROGRAMMING_RUNTIME", "Python", "3.12", 30, 1, "INTERNAL"));

		assertThat(old.rules()).contains("Deny Python 2");
		assertThat(current.rules()).doesNotContain("Deny Python 2");
	}

	@Test
	void deniesNodeSixteenFromTheDecisionTable() {
		Ruling ruling = rules.evaluate(request("PROGRAMMING_RUNTIME", "Node.js", "16.20", 30, 1, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.DENY);
		assertThat(ruling.rules()).contains("Deny Node.js 16");
	}

	@Test
	void escalatesJavaEightWhichOnlyHasPaidSupport() {
		Ruling ruling = rules.evaluate(request("PROGRAMMING_RUNTIME", "Java", "8u402", 30, 1, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.ESCALATE);
		assertThat(ruling.rules()).contains("Escalate Java 8");
		assertThat(ruling.justification()).contains("paid extended-support contract");
		assertThat(rules.evaluate(request("PROGRAMMING_RUNTIME", "Java", "80", 30, 1, "INTERNAL")).rules())
			.doesNotContain("Escalate Java 8");
	}

	@Test
	void escalatesOffice2016WhileTheTeamMoves() {
		Ruling ruling = rules.evaluate(request("WORD_PROCESSING", "Microsoft Office", "2016", 30, 2, "INTERNAL"));

		assertThat(ruling.outcome()).isEqualTo(Outcome.ESCALATE);
		assertThat(ruling.rules()).contains("Escalate Office 2016");
	}

	@Test
	void deniesWindowsTenFromTheDecisionTable() {
		Ruling ruling = rules.evaluate(request("DESKTOP_OS", "Windows", "10 22H2", 30, 1, "INTERNAL"));

		assertThat(ruling.rules()).contains("Deny Windows 10");
		assertThat(ruling.outcome()).isEqualTo(Outcome.DENY);
	}

	@Test
	void deniesWindowsEightPointOneAndAdobeFlash() {
		assertThat(rules.evaluate(request("DESKTOP_OS", "Windows", "8.1", 30, 1, "INTERNAL")).rules())
			.contains("Deny Windows 8.1");
		assertThat(rules.evaluate(request("WEB_BROWSER", "Adobe Flash Player", "32", 30, 1, "INTERNAL")).rules())
			.contains("Deny Adobe Flash Player");
	}

	@Test
	void recordsTheContentHashOfTheRuleSetOnEveryRuling() {
		Ruling ruling = rules.evaluate(request("WORD_PROCESSING", "WordPerfect", "2021", 60, 3, "INTERNAL"));

		assertThat(ruling.rulesetVersion()).isEqualTo(rules.version()).hasSize(64);
	}

}
