package com.leeway.ruleset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.leeway.FormClient;
import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;
import com.leeway.TestFolders;

import tools.jackson.databind.JsonNode;

/**
 * Rule changes as change sets with sign-off on, over HTTP against the running application: several files saved as
 * one draft that survives, checked as a whole, submitted, signed off by a second person with the right (never the
 * author) and published with both names; the old publish endpoint refuses with a pointer; a hand edit of the rules
 * folder waits for sign-off instead of being published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.rules.sign-off=true", "leeway.rules.watch-interval=200ms",
				"leeway.rules.sync-interval=1h" })
@ActiveProfiles("test")
class RuleChangeSetIntegrationTests {

	static final String RULESETS = "/api/v1/rulesets";

	static final String DRAFTS = "/api/v1/rulesets/drafts";

	static Path rules;

	static final String RULE = """
			// Standard: collaboration tools. Why: large Slack teams cost the company a second chat tool.
			package leeway.rules

			import com.leeway.ruling.facts.Request
			global com.leeway.ruling.facts.RulingSheet ruling

			// A second chat tool for many people is a budget question for the manager.
			rule "Escalate Slack for large teams"
			when
			    Request( standard == "COLLABORATION_SAAS", productIs("Slack"), usersAffected > 5 )
			then
			    ruling.escalate("Slack for more than five people is a second chat tool the manager pays for.");
			end
			""";

	static final String TESTS = """
			tests:
			  - name: Slack for eight people goes to the manager
			    request: { standardKey: COLLABORATION_SAAS, product: Slack, durationDays: 30, usersAffected: 8 }
			    expect: { outcome: ESCALATE, rules: [Escalate Slack for large teams] }
			""";

	@LocalServerPort
	int port;

	@BeforeAll
	static void copyShippedRules() throws IOException {
		rules = TestFolders.withShippedRules("changesets-").resolve("rules");
	}

	@AfterAll
	static void deleteRules() throws IOException {
		TestFolders.delete(rules.getParent());
	}

	@DynamicPropertySource
	static void rulesFolder(DynamicPropertyRegistry registry) {
		registry.add("leeway.rules.dir", () -> rules.toString());
	}

	LeewayApi api() {
		return new LeewayApi(port);
	}

	String activeVersion() {
		return api().get("ian", RULESETS + "/active").text("version");
	}

	Response draft(String user, String note, Map<String, String> files) {
		return api().post(user, DRAFTS, Map.of("note", note, "files", files));
	}

	static List<String> ids(JsonNode drafts) {
		return drafts.valueStream().map(draft -> draft.path("id").asString()).toList();
	}

	@Test
	void aRuleAndItsTestChangedTogetherArePublishedOnlyAfterASecondPersonSignsThemOff() {
		String before = activeVersion();
		Response created = draft("admin", "Slack for large teams is a budget question",
				Map.of("slack.drl", RULE, "tests/slack.yaml", TESTS));
		assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
		long id = created.id();

		// The draft survives: it is listed for its author, with its files.
		assertThat(ids(api().get("admin", DRAFTS).json().path("mine"))).contains(String.valueOf(id));
		Response detail = api().get("admin", DRAFTS + "/" + id);
		assertThat(detail.json().path("files").has("slack.drl")).isTrue();
		assertThat(detail.json().path("check").path("testsPass").asBoolean()).isTrue();
		assertThat(detail.json().path("diff").valueStream().map(diff -> diff.path("path").asString()))
			.containsExactlyInAnyOrder("slack.drl", "tests/slack.yaml");

		// The old way of publishing explains what to do instead.
		Response direct = api().post("admin", RULESETS,
				Map.of("files", Map.of("slack.drl", RULE, "tests/slack.yaml", TESTS), "note", "Straight in"));
		assertThat(direct.status()).isEqualTo(409);
		assertThat(direct.json().path("detail").asString()).contains("/api/v1/rulesets/drafts");

		Response submitted = api().post("admin", DRAFTS + "/" + id + "/submit", null);
		assertThat(submitted.status()).isEqualTo(202);
		assertThat(submitted.json().path("state").asString()).isEqualTo("WAITING");
		assertThat(activeVersion()).isEqualTo(before);

		// Nobody, the wrong roles and the author (an administrator, who may sign off others' changes) cannot.
		assertThat(api().post(null, DRAFTS + "/" + id + "/approval", null).status()).isEqualTo(401);
		assertThat(api().post("alice", DRAFTS + "/" + id + "/approval", null).status()).isEqualTo(403);
		assertThat(api().post("ian", DRAFTS + "/" + id + "/approval", null).status()).isEqualTo(403);
		Response own = api().post("admin", DRAFTS + "/" + id + "/approval", null);
		assertThat(own.status()).isEqualTo(403);
		assertThat(own.json().path("detail").asString()).contains("someone else must sign it off");
		assertThat(activeVersion()).isEqualTo(before);

		// The approver sees the differences and the test results, then signs it off.
		assertThat(ids(api().get("maria", DRAFTS).json().path("waitingForSignOff"))).contains(String.valueOf(id));
		Response seen = api().get("maria", DRAFTS + "/" + id);
		assertThat(seen.status()).isEqualTo(200);
		assertThat(seen.json().path("diff").size()).isEqualTo(2);
		assertThat(api().post("maria", DRAFTS + "/" + id + "/preview", null).status()).isEqualTo(200);
		Response approved = api().post("maria", DRAFTS + "/" + id + "/approval", null);
		assertThat(approved.status()).as(String.valueOf(approved.json())).isEqualTo(201);
		assertThat(activeVersion()).isNotEqualTo(before).isEqualTo(approved.text("version"));

		JsonNode latest = api().get("ian", RULESETS).json().get(0);
		assertThat(latest.path("publishedBy").asString()).isEqualTo("admin");
		assertThat(latest.path("approvedBy").asString()).isEqualTo("maria");
		FormClient browser = new FormClient(port);
		browser.signIn("ian", "ian");
		assertThat(browser.get("/rules/history").body()).contains("signed off by maria");
		String catalogue = browser.get("/standards").body();
		String collaboration = catalogue.substring(catalogue.indexOf("id=\"standard-COLLABORATION_SAAS\""));
		int next = collaboration.indexOf("id=\"standard-", 1);
		assertThat(next < 0 ? collaboration : collaboration.substring(0, next)).contains("Current policy signed off by maria");
		assertThat(ids(api().get("admin", DRAFTS).json().path("mine"))).doesNotContain(String.valueOf(id));
		await().atMost(Duration.ofSeconds(10)).until(() -> Files.exists(rules.resolve("slack.drl")));
	}

	@Test
	void aChangeSetWhoseTestFailsCannotBeSubmittedAndADraftIsOnlyItsAuthors() {
		Response created = draft("ian", "Wrong expectation",
				Map.of("slack2.drl", RULE.replace("Escalate Slack for large teams", "Escalate Slack again"),
						"tests/slack2.yaml", TESTS.replace("Escalate Slack for large teams", "Escalate Slack again")
							.replace("ESCALATE", "DENY")));
		long id = created.id();
		Response submitted = api().post("ian", DRAFTS + "/" + id + "/submit", null);
		assertThat(submitted.status()).isEqualTo(422);
		assertThat(submitted.json().path("tests").toString()).contains("DENY");

		assertThat(api().get("admin", DRAFTS + "/" + id).status()).isEqualTo(404);
		assertThat(api().send("admin", "DELETE", DRAFTS + "/" + id, null).status()).isEqualTo(404);
		assertThat(api().post("maria", DRAFTS, Map.of("note", "x", "files", Map.of("x.drl", RULE))).status())
			.isEqualTo(403);
		assertThat(api().send("ian", "DELETE", DRAFTS + "/" + id, null).status()).isEqualTo(204);
		assertThat(api().get("ian", DRAFTS + "/" + id).json().path("draft").path("state").asString())
			.isEqualTo("DISCARDED");
		assertThat(ids(api().get("ian", DRAFTS).json().path("mine"))).doesNotContain(String.valueOf(id));
	}

	@Test
	void aDraftSavedInTheBrowserSurvivesLeavingThePageAndOnlyTheRightPeopleSeeThePages() {
		FormClient ian = new FormClient(port);
		ian.signIn("ian", "ian");
		String opened = ian.get("/rules/drafts/new?file=tests/browser.yaml&content=tests%3A%20%5B%5D").body();
		assertThat(opened).contains("tests/browser.yaml").contains("tests: []");

		var saved = ian.post("/rules/drafts/new", "/rules/drafts", Map.of("note", "Kept for tomorrow", "path",
				"browser.drl", "content", RULE.replace("Escalate Slack for large teams", "Escalate Slack from the browser")));
		assertThat(saved.statusCode()).isEqualTo(302);
		String location = saved.headers().firstValue("Location").orElseThrow();
		assertThat(location).matches(".*/rules/drafts/\\d+");

		FormClient later = new FormClient(port);
		later.signIn("ian", "ian");
		assertThat(later.get("/rules/drafts").body()).contains("Kept for tomorrow");
		String draftPage = later.get(location.substring(location.indexOf("/rules/drafts/"))).body();
		assertThat(draftPage).contains("Escalate Slack from the browser").contains("browser.drl");

		FormClient alice = new FormClient(port);
		alice.signIn("alice", "alice");
		assertThat(alice.get("/rules/drafts").statusCode()).isEqualTo(403);
		FormClient maria = new FormClient(port);
		maria.signIn("maria", "maria");
		assertThat(maria.get("/rules/drafts").statusCode()).isEqualTo(200);
		assertThat(maria.get(location.substring(location.indexOf("/rules/drafts/"))).statusCode()).isEqualTo(404);
		assertThat(new FormClient(port).get("/rules/drafts").statusCode()).isEqualTo(302);
	}

	@Test
	void aHandEditOfTheRulesFolderWaitsForSignOffInsteadOfBeingPublished() throws IOException {
		String before = activeVersion();
		Files.writeString(rules.resolve("folder-edit.drl"),
				RULE.replace("Escalate Slack for large teams", "Escalate Slack from the folder"));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> api().get("admin", DRAFTS)
				.json()
				.path("waitingForSignOff")
				.valueStream()
				.anyMatch(draft -> draft.path("author").asString().equals("rules folder")
						&& draft.path("files").toString().contains("folder-edit.drl")));
		assertThat(activeVersion()).isEqualTo(before);

		String id = api().get("admin", DRAFTS)
			.json()
			.path("waitingForSignOff")
			.valueStream()
			.filter(draft -> draft.path("files").toString().contains("folder-edit.drl"))
			.findFirst()
			.orElseThrow()
			.path("id")
			.asString();
		Response approved = api().post("admin", DRAFTS + "/" + id + "/approval", null);
		assertThat(approved.status()).as(String.valueOf(approved.json())).isEqualTo(201);
		assertThat(api().get("ian", RULESETS).json().get(0).path("approvedBy").asString()).isEqualTo("admin");
		assertThat(api().get("ian", RULESETS).json().get(0).path("publishedBy").asString()).isEqualTo("rules folder");
	}

}
