package com.leeway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import com.leeway.LeewayApplication;
import com.leeway.TestFolders;

/** An operator's own H2 file URL that says nothing about the write delay still gets durable commits. */
class H2DurableCommitsIntegrationTests {

	Path workDir;

	@BeforeEach
	void createWorkDir() throws Exception {
		workDir = TestFolders.withShippedRules("durable-commits-");
	}

	@AfterEach
	void removeWorkDir() throws Exception {
		TestFolders.delete(workDir);
	}

	@Test
	void anOperatorsFileUrlWithoutAWriteDelayWritesEveryCommitBeforeItReturns() {
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(LeewayApplication.class).run(
				"--server.port=0", "--spring.main.banner-mode=off",
				"--spring.datasource.url=jdbc:h2:file:" + workDir.resolve("db/leeway")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
				"--leeway.rules.dir=" + workDir.resolve("rules"))) {
			String writeDelay = app.getBean(JdbcTemplate.class)
				.queryForObject("select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'",
						String.class);

			assertThat(writeDelay).isEqualTo("0");
		}
	}

}
