package com.leeway;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.leeway.LeewayApi.Response;

/**
 * Stored requests, rulings and decisions survive a restart of the application on its file database, and a
 * broken rules folder at start-up leaves the last published rule set serving.
 */
class RestartIntegrationTests {

	Path workDir;

	@BeforeEach
	void createWorkDir() throws IOException {
		workDir = TestFolders.withShippedRules("restart-");
	}

	@AfterEach
	void removeWorkDir() throws IOException {
		TestFolders.delete(workDir);
	}

	ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(LeewayApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("db/leeway")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
				"--leeway.rules.dir=" + workDir.resolve("rules"), "--spring.main.banner-mode=off",
				"--leeway.demo.enabled=true");
	}

	static LeewayApi api(ConfigurableApplicationContext context) {
		return new LeewayApi(((WebServerApplicationContext) context).getWebServer().getPort());
	}

	@Test
	void storedRequestsRulingsAndDecisionsSurviveARestart() {
		long id;
		String version;
		String ruling;
		try (ConfigurableApplicationContext first = start()) {
			LeewayApi api = api(first);
			Response submitted = api.post("alice", "/api/v1/exception-requests",
					requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL"));
			id = submitted.id();
			version = submitted.json().path("ruling").path("rulesetVersion").asString();
			ruling = submitted.json().path("ruling").path("justification").asString();
			assertThat(api.post("maria", "/api/v1/exception-requests/" + id + "/decision",
					java.util.Map.of("decision", "APPROVE", "justification", "Signed agreement with the vendor."))
				.status()).isEqualTo(200);
		}

		try (ConfigurableApplicationContext second = start()) {
			Response read = api(second).get("alice", "/api/v1/exception-requests/" + id);

			assertThat(read.status()).isEqualTo(200);
			assertThat(read.text("status")).isEqualTo("APPROVED");
			assertThat(read.json().path("ruling").path("rulesetVersion").asString()).isEqualTo(version);
			assertThat(read.json().path("ruling").path("justification").asString()).isEqualTo(ruling);
			assertThat(read.json().path("decision").path("justification").asString())
				.isEqualTo("Signed agreement with the vendor.");
			assertThat(read.json().path("timeline").size()).isGreaterThanOrEqualTo(6);
		}
	}

	@Test
	void aBrokenRulesFolderAtStartUpLeavesTheLastPublishedRuleSetServing() throws IOException {
		String working;
		try (ConfigurableApplicationContext first = start()) {
			working = api(first).get("ian", "/api/v1/rulesets/active").text("version");
		}
		Files.writeString(workDir.resolve("rules/escalation.drl"), "rule \"Half a rule\" when Request( then end");

		try (ConfigurableApplicationContext second = start()) {
			LeewayApi api = api(second);

			assertThat(api.get("ian", "/api/v1/rulesets/active").text("version")).isEqualTo(working);
			Response submitted = api.post("alice", "/api/v1/exception-requests",
					requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL"));
			assertThat(submitted.text("status")).isEqualTo("ESCALATED");
			assertThat(submitted.json().path("ruling").path("rulesetVersion").asString()).isEqualTo(working);
		}
	}

}
