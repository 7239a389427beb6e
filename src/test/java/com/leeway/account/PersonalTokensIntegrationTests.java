package com.leeway.account;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.leeway.FormClient;
import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;
import com.leeway.system.AdjustableClock;

/**
 * Personal access tokens against the running application: made, used with the owner's rights, listed without
 * the secret, revoked, expired, kept from other people, and shown once on the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "leeway.clock.adjustable=true")
@ActiveProfiles("test")
class PersonalTokensIntegrationTests {

	static final String TOKENS = "/api/v1/tokens";

	static final String REQUESTS = "/api/v1/exception-requests";

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	Employees employees;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	JdbcTemplate jdbc;

	LeewayApi api;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void connect() {
		api = new LeewayApi(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	String newToken(String user, Map<String, Object> body) {
		Response created = api.post(user, TOKENS, body);
		assertThat(created.status()).as(String.valueOf(created.json())).isEqualTo(201);
		assertThat(created.text("token")).startsWith("lw_");
		return created.text("token");
	}

	record Answer(int status, String contentType, String body) {

		JsonNode json() {
			return JSON.readTree(body);
		}

	}

	Answer withBearer(String token, String method, String path) {
		try {
			HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "application/json")
				.header("Authorization", "Bearer " + token)
				.method(method, HttpRequest.BodyPublishers.noBody())
				.build();
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	static void assertRefused(Answer answer) {
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().path("detail").asString()).contains("access key");
	}

	@Test
	void actsWithTheOwnersRightsIsListedWithoutItsSecretAndStopsWorkingWhenRevoked() {
		long alices = api.post("alice", REQUESTS, requestBody("COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL"))
			.id();
		long bobs = api.post("bob", REQUESTS, requestBody("COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL")).id();
		String name = "Reporting " + UUID.randomUUID();
		String token = newToken("alice", Map.of("name", name, "expiresInDays", 30));

		Answer seen = withBearer(token, "GET", REQUESTS + "?size=200");
		assertThat(seen.status()).isEqualTo(200);
		JsonNode content = seen.json().path("content");
		assertThat(content.size()).isPositive();
		content.forEach(request -> assertThat(request.path("requester").asString()).isEqualTo("alice"));
		assertThat(content.findValues("id").stream().map(JsonNode::asLong)).contains(alices).doesNotContain(bobs);

		Answer listed = withBearer(token, "GET", TOKENS);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body()).doesNotContain(token).doesNotContain(PersonalTokens.hash(token));
		JsonNode mine = null;
		for (JsonNode entry : listed.json()) {
			if (entry.path("name").asString().equals(name)) {
				mine = entry;
			}
		}
		assertThat(mine).isNotNull();
		assertThat(mine.has("token")).isFalse();
		assertThat(mine.path("created").isNull()).isFalse();
		assertThat(mine.path("expires").isNull()).isFalse();
		assertThat(mine.path("lastUsed").isNull()).as("last used is recorded").isFalse();

		assertThat(api.send("alice", "DELETE", TOKENS + "/" + mine.path("id").asLong(), null).status())
			.isEqualTo(204);
		assertRefused(withBearer(token, "GET", REQUESTS));
		assertThat(api.get("alice", TOKENS).json().toString()).doesNotContain(name);
	}

	@Test
	void refusesATokenOnceItHasExpired() {
		String token = newToken("alice", Map.of("name", "Short-lived", "expiresInDays", 1));
		assertThat(withBearer(token, "GET", REQUESTS).status()).isEqualTo(200);

		assertThat(api.post("admin", "/api/test/clock/advance?days=2", null).status()).isEqualTo(200);

		assertRefused(withBearer(token, "GET", REQUESTS));
	}

	@Test
	void keepsATokenFromEveryoneButItsOwner() {
		String name = "Alice only " + UUID.randomUUID();
		Response created = api.post("alice", TOKENS, Map.of("name", name));
		long id = created.id();
		assertThat(created.json().path("expires").asString()).isNotBlank();

		assertThat(api.get("bob", TOKENS).json().toString()).doesNotContain(name);
		Response bobRevokes = api.send("bob", "DELETE", TOKENS + "/" + id, null);
		assertThat(bobRevokes.status()).isEqualTo(404);
		assertThat(bobRevokes.contentType()).startsWith("application/problem+json");
		assertThat(api.send("admin", "DELETE", TOKENS + "/" + id, null).status()).isEqualTo(404);

		assertThat(withBearer(created.text("token"), "GET", REQUESTS).status()).isEqualTo(200);
		assertThat(api.get(null, TOKENS).status()).isEqualTo(401);
		assertThat(api.post(null, TOKENS, Map.of("name", "Nobody")).status()).isEqualTo(401);
	}

	@Test
	void refusesWrongAndGarbageBearerTokens() {
		String token = newToken("alice", Map.of("name", "Real one"));
		String altered = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");

		assertRefused(withBearer(altered, "GET", REQUESTS));
		assertRefused(withBearer("lw_", "GET", REQUESTS));
		assertRefused(withBearer("lw_not-a-token", "GET", REQUESTS));
		Answer garbage = withBearer("garbage", "GET", REQUESTS);
		assertThat(garbage.status()).isEqualTo(401);
		assertThat(garbage.contentType()).startsWith("application/problem+json");
	}

	@Test
	void refusesATokenWhoseOwnerIsDisabled() {
		String username = "pat" + UUID.randomUUID().toString().substring(0, 8);
		employees.save(new Employee(username, "Pat Doe", username + "@leeway.example",
				passwordEncoder.encode(username), Role.REQUESTER, "Marketing"));
		String token = newToken(username, Map.of("name", "Pat's script"));
		assertThat(withBearer(token, "GET", REQUESTS).status()).isEqualTo(200);

		jdbc.update("update employee set enabled = false where username = ?", username);

		assertRefused(withBearer(token, "GET", REQUESTS));
	}

	@Test
	void namesTheFieldWhenTheInputIsNotAccepted() {
		Response tooLong = api.post("alice", TOKENS, Map.of("name", "Too long", "expiresInDays", 366));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().path("errors").get(0).path("field").asString()).isEqualTo("expiresInDays");
		assertThat(api.post("alice", TOKENS, Map.of("name", "Too short", "expiresInDays", 0)).status())
			.isEqualTo(400);
		Response unnamed = api.post("alice", TOKENS, Map.of("name", "  "));
		assertThat(unnamed.status()).isEqualTo(400);
		assertThat(unnamed.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
	}

	@Test
	void showsANewTokenOnceOnThePage() {
		FormClient browser = new FormClient(port);
		browser.signIn("alice", "alice");
		String name = "Spreadsheet " + UUID.randomUUID();
		HttpResponse<String> made = browser.post("/account/tokens", "/account/tokens",
				Map.of("name", name, "expiresInDays", "10"));
		assertThat(made.statusCode()).isEqualTo(302);

		String page = browser.get("/account/tokens").body();
		Matcher shown = Pattern.compile("id=\"new-token-value\">(lw_[A-Za-z0-9_-]+)<").matcher(page);
		assertThat(shown.find()).isTrue();
		String token = shown.group(1);
		assertThat(page).contains(name);
		assertThat(withBearer(token, "GET", REQUESTS).status()).isEqualTo(200);

		String again = browser.get("/account/tokens").body();
		assertThat(again).contains(name).doesNotContain(token);
		assertThat(browser.get("/notifications").body()).contains("href=\"/account/tokens\"");
	}

}
