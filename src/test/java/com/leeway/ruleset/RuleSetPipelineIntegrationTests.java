package com.leeway.ruleset;

import static com.leeway.LeewayApi.requestBody;
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

import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;
import com.leeway.TestFolders;

import tools.jackson.databind.JsonNode;

/**
 * IT staff change policy while the desk keeps serving: validate, test, preview, publish, roll back, and hand
 * edits of the rules folder — against a copy of the shipped rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.rules.watch-interval=200ms", "leeway.rules.sync-interval=1h" })
@ActiveProfiles("test")
class RuleSetPipelineIntegrationTests {

	static Path rules;

	static final String RULESETS = "/api/v1/rulesets";

	static final String GENEROUS_RULE = """
			// Standard: generative AI assistants. Why: the pilot of an AI assistant for marketing copy.
			package leeway.rules

			import com.leeway.ruling.facts.Request
			global com.leeway.ruling.facts.RulingSheet ruling

			// During the pilot, a single person may try an assistant on public data for a month.
			rule "Approve one-person AI pilots on public data"
			when
			    Request( standard == "GENERATIVE_AI", usersAffected == 1, durationDays <= 30, dataClassification == "PUBLIC" )
			then
			    ruling.approve("One person may try {product} on public data for up to a month during the AI pilot.");
			end
			""";

	@LocalServerPort
	int port;

	@BeforeAll
	static void copyShippedRules() throws IOException {
		rules = TestFolders.withShippedRules("pipeline-").resolve("rules");
	}

	@AfterAll
	static void removeRules() throws IOException {
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

	static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	@Test
	void validationReportsCompileErrorsWithFileLineAndColumn() {
		Response response = api().post("ian", RULESETS + "/validate",
				Map.of("files", Map.of("pilot.drl", GENEROUS_RULE.replace("usersAffected == 1,", "usersAffected == 1,,"))));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("compiles").asBoolean()).isFalse();
		JsonNode error = response.json().path("errors").get(0);
		assertThat(error.path("file").asString()).isEqualTo("pilot.drl");
		assertThat(error.path("line").asInt()).isEqualTo(10);
		assertThat(error.path("message").asString()).isNotBlank();
	}

	@Test
	void aFailingRuleTestBlocksPublishingAndTheActiveRuleSetStays() {
		String before = activeVersion();
		String brokenTest = """
				tests:
				  - name: WordPerfect is denied (wrong on purpose)
				    request: { standardKey: WORD_PROCESSING, product: WordPerfect, durationDays: 30, usersAffected: 1 }
				    expect: { outcome: DENY }
				""";

		Response tested = api().post("ian", RULESETS + "/tests", Map.of("files", Map.of("tests/wrong.yaml", brokenTest)));
		Response published = api().post("ian", RULESETS,
				Map.of("files", Map.of("tests/wrong.yaml", brokenTest), "note", "Should not go through"));

		assertThat(tested.json().path("testsPass").asBoolean()).isFalse();
		JsonNode failure = tested.json().path("tests").valueStream()
			.filter(test -> !test.path("passed").asBoolean())
			.findFirst()
			.orElseThrow();
		assertThat(failure.path("expected").asString()).contains("DENY");
		assertThat(failure.path("actual").asString()).contains("APPROVE");
		assertThat(published.status()).isEqualTo(422);
		assertThat(published.contentType()).startsWith("application/problem+json");
		assertThat(activeVersion()).isEqualTo(before);
		assertThat(Files.exists(rules.resolve("tests/wrong.yaml"))).isFalse();
	}

	@Test
	void publishingNeedsANote() {
		Response response = api().post("ian", RULESETS, Map.of("files", Map.of("pilot.drl", GENEROUS_RULE)));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("note");
	}

	@Test
	void aPublishedRuleDecidesTheNextRequestAndRollBackRestoresTheEarlierContentExactly() {
		String before = activeVersion();
		Map<String, String> beforeFiles = filesOf(before);
		assertThat(api().post("alice", "/api/v1/evaluations", requestBody("GENERATIVE_AI", "Claude", 30, 1, "PUBLIC"))
			.json().path("ruling").path("outcome").asString()).isEqualTo("ESCALATE");

		Response published = api().post("ian", RULESETS,
				Map.of("files", Map.of("pilot.drl", GENEROUS_RULE, "tests/pilot.yaml", """
						tests:
						  - name: One person may try an assistant on public data
						    request: { standardKey: GENERATIVE_AI, product: Claude, durationDays: 30, usersAffected: 1, dataClassification: PUBLIC }
						    expect: { outcome: ESCALATE, rules: [Approve one-person AI pilots on public data, Escalate unapproved AI assistants] }
						"""), "note", "AI pilot for marketing copy"));

		assertThat(published.status()).as(String.valueOf(published.json())).isEqualTo(201);
		String pilot = published.text("version");
		assertThat(Files.exists(rules.resolve("pilot.drl"))).as("written to the rules folder").isTrue();
		Response ruled = api().post("alice", "/api/v1/exception-requests", requestBody("GENERATIVE_AI", "Claude", 30, 1, "PUBLIC"));
		assertThat(ruled.json().path("ruling").path("rulesetVersion").asString()).isEqualTo(pilot);
		assertThat(strings(ruled.json().path("ruling").path("rules"))).contains("Approve one-person AI pilots on public data");

		Response history = api().get("ian", RULESETS);
		assertThat(history.json().get(0).path("version").asString()).isEqualTo(pilot);
		assertThat(history.json().get(0).path("note").asString()).isEqualTo("AI pilot for marketing copy");
		assertThat(history.json().get(0).path("publishedBy").asString()).isEqualTo("ian");
		assertThat(history.json().get(0).path("rulings").asLong()).isEqualTo(1);

		Response rolledBack = api().post("ian", RULESETS + "/" + before + "/rollback", Map.of("note", "Pilot over"));

		assertThat(rolledBack.status()).isEqualTo(200);
		assertThat(rolledBack.text("version")).isEqualTo(before);
		assertThat(filesOf(activeVersion())).isEqualTo(beforeFiles);
		assertThat(Files.exists(rules.resolve("pilot.drl"))).isFalse();
		assertThat(api().get("ian", RULESETS).json().get(0).path("note").asString()).isEqualTo("Pilot over");
	}

	@Test
	void aHandEditOfTheRulesFolderIsPickedUpAndABrokenOneIsNot() throws IOException {
		String before = activeVersion();
		Files.writeString(rules.resolve("hand-edit.drl"), GENEROUS_RULE.replace("Approve one-person AI pilots on public data",
				"Approve hand-edited pilots"));

		await().atMost(Duration.ofSeconds(20)).until(() -> !activeVersion().equals(before));
		Response active = api().get("ian", RULESETS + "/active");
		assertThat(strings(active.json().path("rules"))).contains("Approve hand-edited pilots");
		assertThat(active.text("publishedBy")).isEqualTo(RuleSetManager.FOLDER_AUTHOR);
		String edited = active.text("version");

		Files.writeString(rules.resolve("hand-edit.drl"), "rule \"Half a rule\" when Request( then end");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> contains(api().get("ian", RULESETS + "/folder").json().path("errors"), "hand-edit.drl"));
		assertThat(activeVersion()).isEqualTo(edited);

		Files.delete(rules.resolve("hand-edit.drl"));
		await().atMost(Duration.ofSeconds(20)).until(() -> activeVersion().equals(before));
	}

	@Test
	void anUndoneBrokenHandEditNoLongerShowsAsAProblem() throws IOException {
		String active = activeVersion();
		Files.writeString(rules.resolve("undone.drl"), "rule \"Half a rule\" when Request( then end");
		await().atMost(Duration.ofSeconds(20))
			.until(() -> contains(api().get("ian", RULESETS + "/folder").json().path("errors"), "undone.drl"));
		assertThat(SignedInPages.signInAs(port, "ian").get("/rules")).contains("folder-problems").contains("undone.drl");

		Files.delete(rules.resolve("undone.drl"));

		await().atMost(Duration.ofSeconds(20))
			.until(() -> api().get("ian", RULESETS + "/folder").json().path("publishable").asBoolean());
		Response folder = api().get("ian", RULESETS + "/folder");
		assertThat(folder.json().path("errors").isEmpty()).isTrue();
		assertThat(folder.text("version")).isEqualTo(active);
		assertThat(activeVersion()).isEqualTo(active);
		assertThat(SignedInPages.signInAs(port, "ian").get("/rules")).contains("rule-files").doesNotContain("folder-problems");
	}

	@Test
	void theVersionPageShowsEachChangeWithItsLineNumbersAndAFewLinesAround() throws IOException {
		String escalation = Files.readString(rules.resolve("escalation.drl"));
		String changed = escalation
			.replace("// Confidential and regulated data put customers", "// Confidential and regulated data (changed) put customers")
			.replace("// An exception renewed again and again", "// An exception renewed again and again (changed)");
		assertThat(changed).isNotEqualTo(escalation);

		Response published = api().post("ian", RULESETS,
				Map.of("files", Map.of("escalation.drl", changed), "note", "Clearer comments"));
		assertThat(published.status()).isEqualTo(201);
		String page = SignedInPages.signInAs(port, "ian").get("/rules/versions/" + published.text("version"));

		assertThat(page).contains("diff-removed").contains("diff-added").contains("(changed) put customers")
			.contains("again and again (changed)")
			.contains("⋯")
			.doesNotContain("Spending money is a budget decision");
		assertThat(page).containsPattern("<span class=\"ln\">9</span><span class=\"ln\"></span>");
	}

	@Test
	void thePreviewReplaysStoredRequestsAndChangesNothing() {
		long approvedId = api().post("bob", "/api/v1/exception-requests",
				requestBody("WORD_PROCESSING", "WordPerfect", 30, 2, "INTERNAL")).id();
		String stricter = """
				// Standard: word processing. Why: WordPerfect files caused data loss; no new exceptions.
				package leeway.rules

				import com.leeway.ruling.facts.Request
				global com.leeway.ruling.facts.RulingSheet ruling

				// Files saved by WordPerfect lost tracked changes twice this year.
				rule "Deny WordPerfect"
				when
				    Request( productIs("WordPerfect") )
				then
				    ruling.deny("WordPerfect lost tracked changes in shared documents; use {alternatives}.");
				end
				""";

		Response preview = api().post("ian", RULESETS + "/preview", Map.of("files", Map.of("strict.drl", stricter)));

		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.json().path("replayed").asLong()).isPositive();
		assertThat(preview.json().path("changes").path("APPROVE → DENY").asLong()).isPositive();
		JsonNode change = preview.json().path("affected").valueStream()
			.filter(affected -> affected.path("id").asLong() == approvedId)
			.findFirst()
			.orElseThrow();
		assertThat(change.path("oldOutcome").asString()).isEqualTo("APPROVE");
		assertThat(change.path("newOutcome").asString()).isEqualTo("DENY");
		assertThat(change.path("newReasons").asString()).contains("lost tracked changes");
		assertThat(api().get("bob", "/api/v1/exception-requests/" + approvedId).text("status")).isEqualTo("APPROVED");
	}

	@Test
	void onlyItStaffAndAdministratorsMayChangeRules() {
		Map<String, Object> candidate = Map.of("files", Map.of("pilot.drl", GENEROUS_RULE), "note", "Try");
		for (String user : List.of("alice", "bob", "maria", "frank")) {
			assertThat(api().post(user, RULESETS, candidate).status()).as(user).isEqualTo(403);
			assertThat(api().post(user, RULESETS + "/validate", candidate).status()).as(user).isEqualTo(403);
			assertThat(api().get(user, RULESETS).status()).as(user).isEqualTo(403);
		}
		assertThat(api().post(null, RULESETS, candidate).status()).isEqualTo(401);
		assertThat(api().post("admin", RULESETS + "/validate", candidate).status()).isEqualTo(200);
		assertThat(api().get("alice", RULESETS + "/active").status()).as("anyone may read the active version")
			.isEqualTo(200);
	}

	@Test
	void aRuleThatWouldKeepTriggeringItselfIsRefusedBeforeAnythingOfItRuns() {
		// A rule that updates the request it matches would fire forever; rules may only decide, so it never runs.
		String looping = """
				// Standard: none. A deliberately broken rule: it updates the request it matches, forever.
				package leeway.rules
				dialect "java"

				import com.leeway.ruling.facts.Request
				global com.leeway.ruling.facts.RulingSheet ruling

				// Re-triggers itself on every update.
				rule "Keep looking at remote access"
				when
				    $request : Request( standard == "REMOTE_ACCESS" )
				then
				    update($request);
				end
				""";
		String test = """
				tests:
				  - name: Remote access still works
				    request: { standardKey: REMOTE_ACCESS, product: AnyDesk, durationDays: 30, usersAffected: 1 }
				    expect: { outcome: APPROVE }
				""";

		Response tested = api().post("ian", RULESETS + "/tests",
				Map.of("files", Map.of("loop.drl", looping, "tests/loop.yaml", test)));

		assertThat(tested.status()).isEqualTo(200);
		assertThat(tested.json().path("compiles").asBoolean()).isFalse();
		assertThat(tested.json().path("publishable").asBoolean()).isFalse();
		JsonNode error = tested.json().path("errors").get(0);
		assertThat(error.path("file").asString()).isEqualTo("loop.drl");
		assertThat(error.path("line").asInt()).isEqualTo(13);
		assertThat(error.path("message").asString()).contains("update").contains("ruling.approve");
	}

	Map<String, String> filesOf(String version) {
		Response files = api().get("ian", RULESETS + "/" + version + "/files");
		assertThat(files.status()).isEqualTo(200);
		Map<String, String> content = new java.util.TreeMap<>();
		files.json().properties().forEach(entry -> content.put(entry.getKey(), entry.getValue().asString()));
		return content;
	}

	static boolean contains(JsonNode node, String text) {
		return node != null && node.toString().contains(text);
	}

}
