package com.leeway;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import com.leeway.LeewayApi.Response;

/**
 * Two Leeway instances sharing one PostgreSQL database, as a company that outgrew one machine runs it. Needs a
 * PostgreSQL server: {@code LEEWAY_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://localhost:5432/leeway_test},
 * user and password {@code leeway}); {@code .ci/run} sets one up. Each run works in a schema of its own.
 */
class PostgresIntegrationTests {

	static final String URL = System.getenv().getOrDefault("LEEWAY_TEST_POSTGRES_URL",
			"jdbc:postgresql://localhost:5432/leeway_test");

	static final String SCHEMA = "leeway_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	static java.nio.file.Path workDir;

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() throws java.io.IOException {
		workDir = TestFolders.withShippedRules("postgres-");
		first = start("first");
		second = start("second");
	}

	@AfterAll
	static void stopAndDropTheSchema() throws SQLException, java.io.IOException {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
		try (Connection connection = DriverManager.getConnection(URL, "leeway", "leeway")) {
			connection.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
		}
		TestFolders.delete(workDir);
	}

	static ConfigurableApplicationContext start(String instance) throws java.io.IOException {
		// Each instance has a rules folder of its own, as on separate machines.
		TestFolders.copy(workDir.resolve("rules"), workDir.resolve(instance));
		return new SpringApplicationBuilder(LeewayApplication.class).run("--server.port=0",
				"--leeway.rules.dir=" + workDir.resolve(instance), "--leeway.rules.sync-interval=300ms",
				"--spring.datasource.url=" + URL + "?currentSchema=" + SCHEMA, "--spring.datasource.username=leeway",
				"--spring.datasource.password=leeway", "--spring.flyway.schemas=" + SCHEMA,
				"--spring.main.banner-mode=off", "--leeway.demo.enabled=true",
				// This test publishes directly; the sign-off of rule changes has tests of its own.
				"--leeway.rules.sign-off=false");
	}

	static LeewayApi api(ConfigurableApplicationContext context) {
		return new LeewayApi(((WebServerApplicationContext) context).getWebServer().getPort());
	}

	@Test
	void aRequestSubmittedOnOneInstanceIsReadAndDecidedOnTheOther() {
		Response submitted = api(first).post("alice", "/api/v1/exception-requests",
				requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL"));
		assertThat(submitted.status()).isEqualTo(201);
		assertThat(submitted.text("status")).isEqualTo("ESCALATED");

		Response decided = api(second).post("maria", "/api/v1/exception-requests/" + submitted.id() + "/decision",
				Map.of("decision", "APPROVE", "justification", "Vendor signed our data processing agreement."));

		assertThat(decided.status()).isEqualTo(200);
		Response read = api(first).get("alice", "/api/v1/exception-requests/" + submitted.id());
		assertThat(read.text("status")).isEqualTo("APPROVED");
		assertThat(read.json().path("decision").path("decidedBy").asString()).isEqualTo("maria");
		assertThat(read.json().path("ruling").path("rulesetVersion").asString())
			.isEqualTo(api(second).get("ian", "/api/v1/rulesets/active").text("version"));
	}

	@Test
	void twoInstancesDecidingTheSameRequestAtOnceStoreOneDecision() throws Exception {
		long id = api(first).post("alice", "/api/v1/exception-requests",
				requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL")).id();
		String path = "/api/v1/exception-requests/" + id + "/decision";
		CyclicBarrier together = new CyclicBarrier(2);

		CompletableFuture<Response> onFirst = CompletableFuture.supplyAsync(() -> {
			await(together);
			return api(first).post("maria", path, Map.of("decision", "APPROVE", "justification", "Yes."));
		});
		CompletableFuture<Response> onSecond = CompletableFuture.supplyAsync(() -> {
			await(together);
			return api(second).post("maria", path, Map.of("decision", "DENY", "justification", "No."));
		});

		assertThat(List.of(onFirst.get().status(), onSecond.get().status())).containsExactlyInAnyOrder(200, 409);
		long decidedEvents = api(first).get("alice", "/api/v1/exception-requests/" + id)
			.json()
			.path("timeline")
			.valueStream()
			.filter(event -> event.path("type").asString().equals("DECIDED"))
			.count();
		assertThat(decidedEvents).isEqualTo(1);
	}

	@Test
	void aRuleSetPublishedOnOneInstanceIsServedByTheOtherWithinSeconds() {
		String rule = """
				// Standard: web browsers. Why: Brave is being evaluated by IT security.
				package leeway.rules

				import com.leeway.ruling.facts.Request
				global com.leeway.ruling.facts.RulingSheet ruling

				// While IT security evaluates Brave, every request for it goes to a manager.
				rule "Escalate Brave during its evaluation"
				when
				    Request( standard == "WEB_BROWSER", productIs("Brave") )
				then
				    ruling.escalate("IT security is still evaluating Brave, so the manager of {department} decides.");
				end
				""";
		Response published = api(first).post("ian", "/api/v1/rulesets",
				Map.of("files", Map.of("brave.drl", rule), "note", "Brave under evaluation"));
		assertThat(published.status()).isEqualTo(201);
		String version = published.text("version");

		org.awaitility.Awaitility.await()
			.atMost(java.time.Duration.ofSeconds(20))
			.until(() -> version.equals(api(second).get("ian", "/api/v1/rulesets/active").text("version")));

		Response ruled = api(second).post("bob", "/api/v1/evaluations",
				requestBody("WEB_BROWSER", "Brave", 30, 1, "PUBLIC"));
		assertThat(ruled.json().path("ruling").path("rules").toString()).contains("Escalate Brave during its evaluation");
		assertThat(java.nio.file.Files.exists(workDir.resolve("second/brave.drl"))).as("the other folder follows").isTrue();
	}

	@Test
	void followUpJobsOnBothInstancesAtOnceCreateEachNoticeOnce() throws Exception {
		long id = api(first).post("bob", "/api/v1/exception-requests",
				requestBody("FILE_SHARING", "Tresorit", 60, 3, "REGULATED")).id();
		com.leeway.system.AdjustableClock firstClock = first.getBean(com.leeway.system.AdjustableClock.class);
		com.leeway.system.AdjustableClock secondClock = second.getBean(com.leeway.system.AdjustableClock.class);
		firstClock.advance(java.time.Duration.ofDays(6));
		secondClock.advance(java.time.Duration.ofDays(6));
		CyclicBarrier together = new CyclicBarrier(2);
		try {
			CompletableFuture<Void> onFirst = CompletableFuture.runAsync(() -> {
				await(together);
				first.getBean(com.leeway.servicelevel.ServiceLevelJobs.class).runOnce();
			});
			CompletableFuture<Void> onSecond = CompletableFuture.runAsync(() -> {
				await(together);
				second.getBean(com.leeway.servicelevel.ServiceLevelJobs.class).runOnce();
			});
			onFirst.get();
			onSecond.get();
		}
		finally {
			firstClock.reset();
			secondClock.reset();
		}

		long overdueNotices = api(second).get("admin", "/api/v1/notifications")
			.json()
			.path("notices")
			.valueStream()
			.filter(notice -> notice.path("requestId").asLong() == id && notice.path("kind").asString().equals("OVERDUE_ESCALATION"))
			.count();
		assertThat(overdueNotices).isEqualTo(1);
	}

	static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
