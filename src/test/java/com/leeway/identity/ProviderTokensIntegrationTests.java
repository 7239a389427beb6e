package com.leeway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.LeewayApi;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bearer tokens of the company's identity provider (a real Keycloak) on the JSON API, over real HTTP: a token
 * stands for the person it names, with the role their groups map to, created from the token's claims at first
 * use; an expired token, a token with a forged signature and a token of another issuer get 401 problem+json;
 * local accounts keep HTTP Basic, and people of the provider cannot use it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProviderTokensIntegrationTests extends WithCompanyIdentityProvider {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	record Answer(int status, String contentType, JsonNode body) {
	}

	@Test
	void acceptsATokenWithTheRightsOfTheRoleThePersonsGroupsMapTo() {
		String dave = token("dave");
		assertThat(get("/api/v1/rulesets/folder", dave).status()).isEqualTo(200);
		assertThat(get("/api/v1/exception-requests", dave).status()).isEqualTo(200);

		String erin = token("erin");
		assertThat(get("/api/v1/exception-requests", erin).status()).isEqualTo(200);
		Answer notAllowed = get("/api/v1/rulesets/folder", erin);
		assertThat(notAllowed.status()).isEqualTo(403);
		assertThat(notAllowed.contentType()).startsWith("application/problem+json");
	}

	@Test
	void createsThePersonFromTheTokensClaimsAtTheFirstUse() {
		String erin = token("erin");
		Answer submitted = send("POST", "/api/v1/exception-requests", erin,
				LeewayApi.requestBody("WORD_PROCESSING", "WordPerfect", 30, 2, "INTERNAL"));
		assertThat(submitted.status()).isEqualTo(201);
		assertThat(submitted.body().get("requester").asString()).isEqualTo("erin");
		assertThat(submitted.body().get("requesterName").asString()).isEqualTo("Erin Nobody");
		assertThat(submitted.body().get("department").asString()).isEqualTo("Sales");

		long id = submitted.body().get("id").asLong();
		assertThat(get("/api/v1/exception-requests/" + id, token("dave")).status()).isEqualTo(200);
		// A manager of another department does not learn that the request exists.
		assertThat(get("/api/v1/exception-requests/" + id, token("carol")).status()).isEqualTo(404);
	}

	@Test
	void refusesAnExpiredToken() {
		String shortLived = KeycloakServer.get()
			.accessToken(KeycloakServer.REALM, KeycloakServer.SHORT_LIVED_CLIENT_ID, KeycloakServer.API_CLIENT_SECRET,
					"dave", "dave-pass");
		assertThat(get("/api/v1/exception-requests", shortLived).status()).isEqualTo(200);

		Awaitility.await("the five-second token expires")
			.atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(500))
			.until(() -> get("/api/v1/exception-requests", shortLived).status() == 401);
		assertNotSignedIn(get("/api/v1/exception-requests", shortLived));
	}

	@Test
	void refusesATokenOfAnotherIssuer() {
		KeycloakServer keycloak = KeycloakServer.get();
		String foreign = keycloak.accessToken(KeycloakServer.OTHER_REALM, KeycloakServer.API_CLIENT_ID,
				KeycloakServer.API_CLIENT_SECRET, "carol", "carol-pass");
		assertNotSignedIn(get("/api/v1/exception-requests", foreign));
	}

	@Test
	void refusesATokenWhoseSignatureIsNotTheProviders() {
		KeycloakServer keycloak = KeycloakServer.get();
		String[] genuine = token("dave").split("\\.");
		String[] foreign = keycloak.accessToken(KeycloakServer.OTHER_REALM, KeycloakServer.API_CLIENT_ID,
				KeycloakServer.API_CLIENT_SECRET, "carol", "carol-pass").split("\\.");
		// The provider's header and claims, signed by another realm's key.
		assertNotSignedIn(get("/api/v1/exception-requests", genuine[0] + "." + genuine[1] + "." + foreign[2]));
		// Claims changed after signing: dave claims to be an administrator.
		String claims = new String(Base64.getUrlDecoder().decode(genuine[1]), StandardCharsets.UTF_8)
			.replace("\"leeway-it\"", "\"leeway-admins\"");
		String forged = genuine[0] + "."
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "."
				+ genuine[2];
		assertNotSignedIn(get("/api/v1/exception-requests", forged));
		assertNotSignedIn(get("/api/v1/exception-requests", "not-a-token"));
	}

	@Test
	void keepsHttpBasicForLocalAccountsAndRefusesItForPeopleOfTheProvider() {
		LeewayApi api = new LeewayApi(port);
		assertThat(api.get("alice", "/api/v1/exception-requests").status()).isEqualTo(200);
		assertThat(get("/api/v1/exception-requests", token("erin")).status()).isEqualTo(200);
		// erin now exists in Leeway, without a Leeway password: HTTP Basic does not sign her in, whatever the password.
		assertThat(api.get("erin", "/api/v1/exception-requests").status()).isEqualTo(401);
		assertThat(api.get(null, "/api/v1/exception-requests").status()).isEqualTo(401);
	}

	@Test
	void refusesAPersonOfTheProviderWhoseUserNameBelongsToALocalAccount() {
		// The provider's "alice" is in the administrators' group; Leeway's local alice is a requester.
		String impostor = token("alice");
		assertNotSignedIn(get("/api/v1/exception-requests", impostor));
		assertNotSignedIn(get("/api/v1/admin/accounts", impostor));
		assertThat(new LeewayApi(port).get("alice", "/api/v1/exception-requests").status()).isEqualTo(200);
	}

	private void assertNotSignedIn(Answer answer) {
		assertThat(answer.status()).isEqualTo(401);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.body().get("title").asString()).isEqualTo("Not signed in");
	}

	private static String token(String user) {
		return KeycloakServer.get()
			.accessToken(KeycloakServer.REALM, KeycloakServer.API_CLIENT_ID, KeycloakServer.API_CLIENT_SECRET, user,
					user + "-pass");
	}

	private Answer get(String path, String bearer) {
		return send("GET", path, bearer, null);
	}

	private Answer send(String method, String path, String bearer, Object body) {
		try {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Accept", "application/json")
				.header("Authorization", "Bearer " + bearer);
			if (body != null) {
				request.header("Content-Type", "application/json")
					.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
			}
			else {
				request.method(method, HttpRequest.BodyPublishers.noBody());
			}
			HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(answer.statusCode(), answer.headers().firstValue("Content-Type").orElse(""),
					answer.body().isBlank() ? null : JSON.readTree(answer.body()));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
