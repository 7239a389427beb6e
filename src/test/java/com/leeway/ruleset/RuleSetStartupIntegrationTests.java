package com.leeway.ruleset;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;
import com.leeway.LeewayApplication;
import com.leeway.TestFolders;
import com.leeway.ruling.CompiledRuleSet;
import com.leeway.ruling.RuleSetCompiler;
import com.leeway.ruling.RuleSetFiles;

/**
 * A rule set that was good enough to publish is good enough to start: start-up serves the latest publication
 * without running its rule tests, and checks a differing rules folder only afterwards, like a hand edit. Nothing
 * in the rules folder stops the service from starting. Each test starts the application twice on one file
 * database, as a restart would.
 */
class RuleSetStartupIntegrationTests {

	static final String FAILING_TEST = """
			tests:
			  - name: WordPerfect is denied (it is not)
			    request: { standardKey: WORD_PROCESSING, product: WordPerfect, durationDays: 30, usersAffected: 1 }
			    expect: { outcome: DENY }
			""";

	Path workDir;

	@BeforeEach
	void createWorkDir() throws IOException {
		workDir = TestFolders.withShippedRules("startup-");
	}

	@AfterEach
	void removeWorkDir() throws IOException {
		TestFolders.delete(workDir);
	}

	Path rules() {
		return workDir.resolve("rules");
	}

	ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(LeewayApplication.class).run("--server.port=0",
				"--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("db/leeway")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--leeway.rules.dir=" + rules(), "--leeway.rules.watch-interval=200ms",
				"--leeway.rules.sync-interval=1h", "--spring.main.banner-mode=off", "--logging.level.root=warn",
				"--leeway.demo.enabled=true");
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	static LeewayApi api(ConfigurableApplicationContext context) {
		return new LeewayApi(port(context));
	}

	@Test
	void servesThePublishedVersionWhenTheFolderFailsItsTestsAndShowsTheFolderProblem() throws IOException {
		String published;
		try (ConfigurableApplicationContext first = start()) {
			published = api(first).get("ian", "/api/v1/rulesets/active").text("version");
		}
		Files.writeString(rules().resolve("tests/wrong.yaml"), FAILING_TEST);

		try (ConfigurableApplicationContext second = start()) {
			LeewayApi api = api(second);

			assertThat(api.get("ian", "/api/v1/rulesets/active").text("version")).isEqualTo(published);
			Response ruled = api.post("alice", "/api/v1/exception-requests",
					requestBody("WORD_PROCESSING", "WordPerfect", 30, 1, "INTERNAL"));
			assertThat(ruled.json().path("ruling").path("rulesetVersion").asString()).isEqualTo(published);
			await().atMost(Duration.ofSeconds(30))
				.until(() -> api.get("ian", "/api/v1/rulesets/folder").json().path("testsPass").asBoolean(true) == false);
			Response folder = api.get("ian", "/api/v1/rulesets/folder");
			assertThat(folder.json().path("publishable").asBoolean()).isFalse();
			assertThat(folder.text("verdict")).contains("1 failed");
			assertThat(folder.json().path("tests").toString()).contains("WordPerfect is denied (it is not)");
			assertThat(SignedInPages.signInAs(port(second), "ian").get("/rules")).contains("folder-problems");
			assertThat(api.get("ian", "/api/v1/rulesets/active").text("version")).isEqualTo(published);
		}
	}

	@Test
	void startsThePublishedVersionWithoutRunningItsTestsAgainEvenWhenTheyFailNow() throws IOException {
		String published;
		try (ConfigurableApplicationContext first = start()) {
			// A rule set whose tests passed when it was published and fail now (say, a rule that depends on the
			// date): recorded as published directly, as its publication was long ago.
			Files.writeString(rules().resolve("tests/wrong.yaml"), FAILING_TEST);
			CompiledRuleSet misbehaving = RuleSetCompiler.withDefaults()
				.compile(RuleSetFiles.readFolder(rules()))
				.ruleSet()
				.orElseThrow();
			assertThat(RuleTestRunner.run(misbehaving).passed()).isFalse();
			first.getBean(RuleSetLibrary.class).record(misbehaving, "ian", "Passed its tests when it was published");
			published = misbehaving.version();
		}

		try (ConfigurableApplicationContext second = start()) {
			LeewayApi api = api(second);

			assertThat(api.get("ian", "/api/v1/rulesets/active").text("version")).isEqualTo(published);
			Response folder = api.get("ian", "/api/v1/rulesets/folder");
			assertThat(folder.text("version")).isEqualTo(published);
			assertThat(folder.json().path("publishable").asBoolean()).isTrue();
			assertThat(folder.json().path("testsPass").isNull()).as("the tests were not run at start-up").isTrue();
			assertThat(SignedInPages.signInAs(port(second), "ian").get("/rules")).contains("rule-files")
				.doesNotContain("folder-problems");
		}
	}

	@Test
	void startsWhenTheFirstRulesFolderDoesNotCompileAndSaysWhatIsWrong() throws IOException {
		Files.writeString(rules().resolve("escalation.drl"), "rule \"Half a rule\" when Request( then end");

		try (ConfigurableApplicationContext first = start()) {
			LeewayApi api = api(first);

			assertThat(api.get("ian", "/api/v1/rulesets/active").status()).isEqualTo(404);
			Response folder = api.get("ian", "/api/v1/rulesets/folder");
			assertThat(folder.json().path("compiles").asBoolean()).isFalse();
			assertThat(folder.json().path("errors").toString()).contains("escalation.drl");
		}
	}

}
