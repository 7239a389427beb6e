package com.leeway.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.FormClient;
import com.leeway.LeewayApi;

/**
 * A new installation has no accounts; the one-time setup code creates the first administrator on the setup page,
 * exactly once, and the page is gone afterwards. Without a code nothing can be set up.
 */
class FirstAdministratorIntegrationTests {

	static final String PASSWORD = "violet tuesday harbour lamp";

	static Map<String, String> setup(String code, String username, String password) {
		Map<String, String> form = new HashMap<>();
		form.put("setupCode", code);
		form.put("username", username);
		form.put("displayName", "Grace Hopper");
		form.put("email", "grace@example.com");
		form.put("password", password);
		form.put("repeatedPassword", password);
		return form;
	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = "leeway.demo.enabled=false")
	@ActiveProfiles("test")
	class NewInstallation {

		@LocalServerPort
		int port;

		@Autowired
		FirstAdministrator firstAdministrator;

		@Autowired
		Employees employees;

		@AfterEach
		void startOverWithoutAdministrator() {
			employees.deleteAll(employees.findByRole(Role.ADMIN));
		}

		@Test
		void hasNoAccountsAndOffersTheSetupPageToAnyone() {
			assertThat(employees.count()).isZero();
			assertThat(new LeewayApi(port).get("admin", "/api/v1/standards").status()).isEqualTo(401);

			HttpResponse<String> page = new FormClient(port).get("/setup");

			assertThat(page.statusCode()).isEqualTo(200);
			assertThat(page.body()).contains("Setup code").contains("name=\"username\"");
		}

		@Test
		void refusesAWrongCodeAndKeepsTheRightOneValid() {
			String code = firstAdministrator.issueSetupCode();
			FormClient browser = new FormClient(port);

			HttpResponse<String> wrong = browser.post("/setup", "/setup", setup("AAAA-BBBB-CCCC-DDDD-EEEE", "grace",
					PASSWORD));

			assertThat(wrong.statusCode()).isEqualTo(400);
			assertThat(wrong.body()).contains("This setup code is not right.").doesNotContain(PASSWORD);
			assertThat(firstAdministrator.needed()).isTrue();
			assertThat(browser.post("/setup", "/setup", setup(code, "grace", PASSWORD)).statusCode()).isEqualTo(302);
		}

		@Test
		void refusesAWeakPasswordNamingWhatIsWrongWithoutUsingUpTheCode() {
			String code = firstAdministrator.issueSetupCode();
			FormClient browser = new FormClient(port);

			HttpResponse<String> weak = browser.post("/setup", "/setup", setup(code, "grace", "grace2024"));

			assertThat(weak.statusCode()).isEqualTo(400);
			assertThat(weak.body()).contains("The password needs at least 12 characters.");
			assertThat(browser.post("/setup", "/setup", setup(code, "grace", PASSWORD)).statusCode()).isEqualTo(302);
		}

		@Test
		void theCodeCreatesTheFirstAdministratorExactlyOnceEvenWhenTwoTryAtTheSameTime() throws Exception {
			String code = firstAdministrator.issueSetupCode();
			List<FormClient> people = List.of(new FormClient(port), new FormClient(port));
			people.forEach(person -> person.get("/setup"));
			CountDownLatch ready = new CountDownLatch(1);
			List<CompletableFuture<HttpResponse<String>>> attempts = new ArrayList<>();
			for (int i = 0; i < people.size(); i++) {
				FormClient person = people.get(i);
				String username = "grace" + i;
				attempts.add(CompletableFuture.supplyAsync(() -> {
					awaitQuietly(ready);
					return person.postAgain("/setup", setup(code, username, PASSWORD));
				}));
			}
			ready.countDown();
			List<Integer> statuses = attempts.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)
				.toList();

			assertThat(statuses).containsOnlyOnce(302);
			assertThat(employees.findByRole(Role.ADMIN)).hasSize(1);
			Employee admin = employees.findByRole(Role.ADMIN).get(0);
			assertThat(admin.getPasswordHash()).startsWith("{bcrypt}").doesNotContain(PASSWORD);
			assertThat(admin.getDisplayName()).isEqualTo("Grace Hopper");
			assertThat(admin.getEmail()).isEqualTo("grace@example.com");

			FormClient late = new FormClient(port);
			assertThat(late.get("/setup").statusCode()).isEqualTo(404);
			assertThat(late.postAgain("/setup", setup(code, "mallory", PASSWORD)).statusCode()).isIn(403, 404);
			assertThat(employees.findByUsername("mallory")).isEmpty();
			HttpResponse<String> signedIn = new FormClient(port).signIn(admin.getUsername(), PASSWORD);
			assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		}

		@Test
		void theSetupPageIsGoneOnceAnAdministratorExists() {
			String code = firstAdministrator.issueSetupCode();
			assertThat(new FormClient(port).post("/setup", "/setup", setup(code, "grace", PASSWORD)).statusCode())
				.isEqualTo(302);

			FormClient browser = new FormClient(port);
			browser.get("/login");
			HttpResponse<String> again = browser.postAgain("/setup", setup(code, "grace2", PASSWORD));

			assertThat(browser.get("/setup").statusCode()).isEqualTo(404);
			assertThat(again.statusCode()).isEqualTo(404);
			assertThat(employees.findByUsername("grace2")).isEmpty();
		}

		static void awaitQuietly(CountDownLatch latch) {
			try {
				latch.await();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

	}

	@Nested
	@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
			properties = { "leeway.demo.enabled=false", "leeway.first-admin.username=root",
					"leeway.first-admin.password=" + PASSWORD })
	@ActiveProfiles("test")
	class FirstAdministratorFromTheEnvironment {

		@LocalServerPort
		int port;

		@Autowired
		Employees employees;

		@Test
		void createsTheAdministratorAtStartAndOffersNoSetupPage() {
			assertThat(employees.findByUsername("root")).hasValueSatisfying(
					root -> assertThat(root.getRole()).isEqualTo(Role.ADMIN));
			assertThat(new FormClient(port).get("/setup").statusCode()).isEqualTo(404);
			HttpResponse<String> signedIn = new FormClient(port).signIn("root", PASSWORD);
			assertThat(signedIn.headers().firstValue("Location").orElseThrow()).doesNotContain("/login");
		}

	}

}
