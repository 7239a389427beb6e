package com.leeway.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.leeway.FormClient;
import com.leeway.LeewayApi;
import com.leeway.TestFolders;

/**
 * A production start: the packaged jar run as a real process, {@code java -jar leeway.jar}, with no profile and no
 * setting, in a folder holding only the rules. It seeds no account, says once in its log how to create the first
 * administrator, and its setup code does that exactly once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProductionStartIntegrationTests {

	static final Pattern PORT = Pattern.compile("started on port (\\d+)");

	static final Pattern CODE = Pattern.compile("one-time setup code:\\s+([A-Z0-9]{4}(?:-[A-Z0-9]{4}){4})");

	static final String PASSWORD = "seven quiet orange bicycles";

	Path workDir;

	Process leeway;

	final StringBuffer output = new StringBuffer();

	int port;

	@BeforeAll
	void startTheJar() throws IOException {
		workDir = TestFolders.withShippedRules("production-");
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		leeway = new ProcessBuilder(List.of(java, "-jar", Path.of("target/leeway.jar").toAbsolutePath().toString(),
				"--server.port=0"))
			.directory(workDir.toFile())
			.redirectErrorStream(true)
			.start();
		Thread reader = new Thread(() -> {
			try (BufferedReader lines = new BufferedReader(
					new InputStreamReader(leeway.getInputStream(), StandardCharsets.UTF_8))) {
				for (String line = lines.readLine(); line != null; line = lines.readLine()) {
					output.append(line).append('\n');
				}
			}
			catch (IOException ex) {
				// The process ended.
			}
		});
		reader.setDaemon(true);
		reader.start();
		await().atMost(Duration.ofMinutes(3))
			.until(() -> output.indexOf("Started LeewayApplication") >= 0 || !leeway.isAlive());
		Matcher port = PORT.matcher(output);
		assertThat(port.find()).as(output.toString()).isTrue();
		this.port = Integer.parseInt(port.group(1));
	}

	@AfterAll
	void stop() throws Exception {
		leeway.destroy();
		if (!leeway.waitFor(60, TimeUnit.SECONDS)) {
			leeway.destroyForcibly();
		}
		TestFolders.delete(workDir);
	}

	/** The code printed by the start (the runners that print it follow the "Started" line closely). */
	String setupCode() {
		await().atMost(Duration.ofSeconds(30)).until(() -> CODE.matcher(output).find());
		Matcher code = CODE.matcher(output);
		assertThat(code.find()).isTrue();
		return code.group(1);
	}

	@Test
	void seedsNoDemoAccountsAndSaysOnceHowToCreateTheFirstAdministrator() {
		LeewayApi api = new LeewayApi(port);

		for (String demo : List.of("alice", "bob", "ian", "maria", "frank", "admin")) {
			assertThat(api.get(demo, "/api/v1/standards").status()).as(demo).isEqualTo(401);
		}
		setupCode();
		String log = output.toString();
		assertThat(log).doesNotContain("Demo account");
		assertThat(log.split("Leeway has no administrator yet", -1)).hasSize(2);
		assertThat(log).contains("WARN").contains("/setup").contains("LEEWAY_FIRST_ADMIN_USERNAME");
	}

	@Test
	void theSetupCodeFromTheLogCreatesTheFirstAdministratorExactlyOnce() {
		String code = setupCode();
		Map<String, String> form = new java.util.HashMap<>(Map.of("setupCode", code, "username", "ada",
				"displayName", "Ada Lovelace", "email", "ada@example.com", "password", PASSWORD, "repeatedPassword",
				PASSWORD));
		FormClient browser = new FormClient(port);

		HttpResponse<String> created = browser.post("/setup", "/setup", form);

		assertThat(created.statusCode()).isEqualTo(302);
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/login?setup");
		FormClient second = new FormClient(port);
		second.get("/login");
		form.put("username", "eve");
		assertThat(second.postAgain("/setup", form).statusCode()).as("the same code again").isEqualTo(404);
		assertThat(second.get("/setup").statusCode()).as("the setup page afterwards").isEqualTo(404);

		HttpResponse<String> signedIn = new FormClient(port).signIn("ada", PASSWORD);
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		assertThat(new FormClient(port).signIn("eve", PASSWORD).headers().firstValue("Location").orElseThrow())
			.endsWith("/login?error");
		List<String> lines = new ArrayList<>(List.of(output.toString().split("\n")));
		assertThat(lines).noneMatch(line -> line.contains(PASSWORD));
	}

}
