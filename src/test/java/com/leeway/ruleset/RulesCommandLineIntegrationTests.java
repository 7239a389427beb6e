package com.leeway.ruleset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.leeway.TestFolders;

/**
 * The command IT staff run in their own CI: {@code java -jar target/leeway.jar rules test <folder>}, run as a
 * real process on the packaged jar.
 */
class RulesCommandLineIntegrationTests {

	Path workDir;

	@BeforeEach
	void copyRules() throws IOException {
		workDir = TestFolders.withShippedRules("cli-");
	}

	@AfterEach
	void removeRules() throws IOException {
		TestFolders.delete(workDir);
	}

	record Run(int exitCode, String output) {
	}

	Run rules(String... arguments) throws Exception {
		String javaBinary = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(javaBinary, "-jar",
				Path.of("target/leeway.jar").toAbsolutePath().toString(), "rules"));
		command.addAll(java.util.List.of(arguments));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return new Run(process.exitValue(), output);
	}

	@Test
	void passesTheShippedRulesAndWritesAJunitReport() throws Exception {
		Path report = workDir.resolve("report.xml");

		Run run = rules("test", workDir.resolve("rules").toString(), "--report", report.toString());

		assertThat(run.exitCode()).as(run.output()).isZero();
		assertThat(run.output()).contains("0 failed");
		assertThat(Files.readString(report)).contains("<testsuite name=\"leeway-rules\"").contains("failures=\"0\"");
	}

	@Test
	void exitsWithOneAndReportsExpectedVersusActualWhenARuleTestFails() throws Exception {
		Files.writeString(workDir.resolve("rules/tests/wrong.yaml"), """
				tests:
				  - name: WordPerfect is denied (it is not)
				    request: { standardKey: WORD_PROCESSING, product: WordPerfect, durationDays: 30, usersAffected: 1 }
				    expect: { outcome: DENY }
				""");
		Path report = workDir.resolve("report.xml");

		Run run = rules("test", workDir.resolve("rules").toString(), "--report", report.toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.output()).contains("FAIL tests/wrong.yaml:2 WordPerfect is denied (it is not)")
			.contains("expected: outcome DENY")
			.contains("actual:   outcome APPROVE");
		assertThat(Files.readString(report)).contains("failures=\"1\"").contains("<failure");
	}

	@Test
	void exitsWithOneWhenTheRulesDoNotCompile() throws Exception {
		Files.writeString(workDir.resolve("rules/broken.drl"), "rule \"Half a rule\" when Request( then end");

		Run run = rules("validate", workDir.resolve("rules").toString());

		assertThat(run.exitCode()).isEqualTo(1);
		assertThat(run.output()).contains("broken.drl:1").contains("do not compile");
	}

}
