package com.leeway.notice;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.leeway.LeewayApi;
import com.leeway.LeewayApplication;
import com.leeway.TestFolders;

/**
 * Nothing is lost when Leeway stops before a listener finished: the event stays in the publication registry on
 * the file database and is handed to the listener again at the next start.
 */
class NoticesAfterRestartIntegrationTests {

	Path workDir;

	@BeforeEach
	void createWorkDir() throws IOException {
		workDir = TestFolders.withShippedRules("notices-restart-");
	}

	@AfterEach
	void removeWorkDir() throws IOException {
		FailingNoticeInserts.failNext(0);
		TestFolders.delete(workDir);
	}

	String databaseUrl() {
		return "jdbc:h2:file:" + workDir.resolve("db/leeway")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
	}

	ConfigurableApplicationContext start() {
		// No retries while running: only the start-up can hand the unfinished event out again.
		return new SpringApplicationBuilder(LeewayApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + databaseUrl(), "--leeway.rules.dir=" + workDir.resolve("rules"),
				"--spring.main.banner-mode=off", "--leeway.demo.enabled=true", "--leeway.events.retry-interval=1h");
	}

	static LeewayApi api(ConfigurableApplicationContext context) {
		return new LeewayApi(((WebServerApplicationContext) context).getWebServer().getPort());
	}

	static long unfinished(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class)
			.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single();
	}

	@Test
	void aNoticeNotWrittenBeforeAStopIsWrittenAfterTheNextStart() throws SQLException {
		String reference;
		try (ConfigurableApplicationContext first = start()) {
			FailingNoticeInserts.failNext(Integer.MAX_VALUE);
			first.getBean(JdbcClient.class).sql(FailingNoticeInserts.CREATE).update();
			LeewayApi api = api(first);
			reference = api.post("alice", "/api/v1/exception-requests",
					requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL")).text("reference");

			await().atMost(Duration.ofSeconds(20)).until(() -> FailingNoticeInserts.failed() > 0);
			assertThat(unfinished(first)).isEqualTo(1);
			assertThat(api.get("alice", "/api/v1/notifications").json().toString()).doesNotContain(reference);
		}
		try (Connection connection = DriverManager.getConnection(databaseUrl(), "leeway", "leeway");
				Statement statement = connection.createStatement()) {
			statement.execute(FailingNoticeInserts.DROP);
		}

		try (ConfigurableApplicationContext second = start()) {
			LeewayApi api = api(second);

			await().atMost(Duration.ofSeconds(20))
				.untilAsserted(() -> assertThat(api.get("alice", "/api/v1/notifications").json().toString())
					.contains("Your request " + reference + " is approved"));
			await().atMost(Duration.ofSeconds(20)).until(() -> unfinished(second) == 0);
		}
	}

}
