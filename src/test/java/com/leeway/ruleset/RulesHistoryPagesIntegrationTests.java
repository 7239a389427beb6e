package com.leeway.ruleset;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import com.leeway.PageSession;
import com.leeway.TestFolders;

/**
 * The rules history names each version by when, who and why, marks the one in use; a version's page starts with
 * what changed (files, rules by name) and shows the changed parts expandable; the hash is a detail for IT staff and
 * a requester never reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RulesHistoryPagesIntegrationTests {

	static Path rules;

	@LocalServerPort
	int port;

	@BeforeAll
	static void copyShippedRules() throws IOException {
		rules = TestFolders.withShippedRules("history-").resolve("rules");
	}

	@AfterAll
	static void removeRules() throws IOException {
		TestFolders.delete(rules.getParent());
	}

	@DynamicPropertySource
	static void rulesFolder(DynamicPropertyRegistry registry) {
		registry.add("leeway.rules.dir", () -> rules.toString());
	}

	String publishChangedComment() throws IOException {
		String escalation = Files.readString(rules.resolve("escalation.drl"));
		String changed = escalation + "\n// Reviewed again: " + java.util.UUID.randomUUID() + "\n";
		assertThat(changed).isNotEqualTo(escalation);
		Response published = new LeewayApi(port).post("ian", "/api/v1/rulesets",
				Map.of("files", Map.of("escalation.drl", changed), "note", "Clearer wording for reviewers"));
		assertThat(published.status()).as(String.valueOf(published.json())).isEqualTo(201);
		return published.text("version");
	}

	@Test
	void theVersionPageStartsWithWhatChangedAndNamesTheVersionByDateAuthorAndNote() throws IOException {
		String version = publishChangedComment();
		String page = PageSession.signInAs(port, "ian").get("/rules/versions/" + version).body();

		assertThat(page).contains("The rules published on").contains("by ian").contains("Clearer wording for reviewers")
			.contains("id=\"version-active\"").contains("What changed")
			.contains("Files: 1 changed, 0 added, 0 removed.").contains("id=\"rules-changed\"");
		assertThat(page.indexOf("id=\"summary\"")).isLessThan(page.indexOf("diff-added"));
		assertThat(page).containsPattern("<details class=\"card\" id=\"file-escalation.drl\" open");
		Matcher heading = Pattern.compile("<h1>(.*?)</h1>", Pattern.DOTALL).matcher(page);
		assertThat(heading.find()).isTrue();
		assertThat(heading.group(1)).doesNotContain(version.substring(0, 12));
		assertThat(page).contains("<code class=\"wrap\" id=\"version-hash\">" + version + "</code>");
	}

	@Test
	void theHistoryMarksTheVersionInUseOnce() throws IOException {
		publishChangedComment();
		String page = PageSession.signInAs(port, "ian").get("/rules/history").body();
		assertThat(page.split("In use now", -1)).hasSize(2);
		assertThat(page).contains("class=\"active\"");
	}

	@Test
	void aRequesterReadsTheRulesByTheirDateNeverByTheirHash() {
		LeewayApi api = new LeewayApi(port);
		Response submitted = api.post("alice", "/api/v1/exception-requests",
				requestBody("WORD_PROCESSING", "WordPerfect", 90, 3, "INTERNAL"));
		String hash = submitted.json().path("ruling").path("rulesetVersion").asString();
		String page = PageSession.signInAs(port, "alice").get("/requests/" + submitted.id()).body();
		assertThat(page).contains("Decided by").contains("the rules published on")
			.doesNotContain(hash.substring(0, 12));
	}

	@Test
	void theHistoryAndVersionPagesAreForRuleEditorsOnly() throws IOException {
		String version = publishChangedComment();
		assertThat(PageSession.signInAs(port, "ian").get("/rules/history").status()).isEqualTo(200);
		assertThat(PageSession.signInAs(port, "admin").get("/rules/versions/" + version).status()).isEqualTo(200);
		assertThat(PageSession.signInAs(port, "alice").get("/rules/history").status()).isEqualTo(403);
		assertThat(PageSession.signInAs(port, "maria").get("/rules/versions/" + version).status()).isEqualTo(403);
		assertThat(PageSession.anonymous(port).get("/rules/history").location()).contains("/login");
	}

}
