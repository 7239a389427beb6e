package com.leeway.request;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

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

/**
 * The running application with a rule that breaks at run time for one kind of request (it divides by zero for a
 * group of 13 people): such a request is still stored and goes to IT staff, the requester reads a plain note, and
 * the requests after it are ruled as usual.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MisbehavingRuleIntegrationTests {

	static final String FRAGILE_RULE = """
			// Standard: all. A careless rule: fine for most groups, but divides by zero for 13 people.
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

	static Path folder;

	@LocalServerPort
	int port;

	@BeforeAll
	static void rulesWithAFragileRule() throws IOException {
		folder = TestFolders.withShippedRules("fragile-");
		Files.writeString(folder.resolve("rules/fragile.drl"), FRAGILE_RULE);
	}

	@AfterAll
	static void removeRules() throws IOException {
		TestFolders.delete(folder);
	}

	@DynamicPropertySource
	static void rulesFolder(DynamicPropertyRegistry registry) {
		registry.add("leeway.rules.dir", () -> folder.resolve("rules").toString());
	}

	@Test
	void aRequestTheRulesBreakOnIsStoredAndGoesToItStaffWithAPlainNote() {
		LeewayApi api = new LeewayApi(port);

		Response broken = api.post("alice", "/api/v1/exception-requests",
				requestBody("WORD_PROCESSING", "WordPerfect", 30, 13, "INTERNAL"));

		assertThat(broken.status()).isEqualTo(201);
		assertThat(broken.text("status")).isEqualTo("IN_REVIEW");
		assertThat(broken.json().path("ruling").path("outcome").asString()).isEqualTo("REVIEW");
		assertThat(broken.json().path("ruling").path("justification").asString()).isEqualTo(
				"The rules could not reach a decision on this request, so a member of IT staff will review it by hand.");
		Response stored = api.get("alice", "/api/v1/exception-requests/" + broken.id());
		assertThat(stored.status()).isEqualTo(200);
		String timeline = stored.json().path("timeline").toString();
		assertThat(timeline).contains("SUBMITTED", "RULED", "IN_REVIEW");
		assertThat(stored.json().toString()).doesNotContain("Exception", "divided", "by zero", "at com.", "at org.");

		for (int round = 0; round < 3; round++) {
			Response next = api.post("alice", "/api/v1/exception-requests",
					requestBody("WORD_PROCESSING", "WordPerfect", 30, 2, "INTERNAL"));
			assertThat(next.status()).isEqualTo(201);
			assertThat(next.text("status")).as("the request after the broken one").isEqualTo("APPROVED");
			Response again = api.post("alice", "/api/v1/exception-requests",
					requestBody("WORD_PROCESSING", "WordPerfect", 30, 13, "INTERNAL"));
			assertThat(again.status()).isEqualTo(201);
			assertThat(again.text("status")).isEqualTo("IN_REVIEW");
		}
	}

	@Test
	void aDryRunTheRulesBreakOnAnswersWithTheSamePlainNote() {
		Response evaluated = new LeewayApi(port).post("alice", "/api/v1/evaluations",
				requestBody("WORD_PROCESSING", "WordPerfect", 30, 13, "INTERNAL"));

		assertThat(evaluated.status()).isEqualTo(200);
		assertThat(evaluated.json().path("ruling").path("outcome").asString()).isEqualTo("REVIEW");
		assertThat(evaluated.json().path("ruling").path("justification").asString()).isEqualTo(
				"The rules could not reach a decision on this request, so a member of IT staff will review it by hand.");
	}

}
