package com.leeway.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Personal access tokens next to the identity provider's bearer tokens (a real Keycloak): a person of the provider
 * makes a key with their provider token, and the key ({@code lw_...}) is checked as a key, not as a provider token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PersonalTokensWithProviderIntegrationTests extends WithCompanyIdentityProvider {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	record Answer(int status, String contentType, JsonNode body) {
	}

	@Test
	void letsAPersonOfTheProviderMakeAndUseTheirOwnKey() {
		String erin = KeycloakServer.get()
			.accessToken(KeycloakServer.REALM, KeycloakServer.API_CLIENT_ID, KeycloakServer.API_CLIENT_SECRET, "erin",
					"erin-pass");
		Answer created = send("POST", "/api/v1/tokens", erin, Map.of("name", "Erin's script"));
		assertThat(created.status()).isEqualTo(201);
		String key = created.body().path("token").asString();
		assertThat(key).startsWith("lw_");

		assertThat(send("GET", "/api/v1/exception-requests", key, null).status()).isEqualTo(200);
		Answer listed = send("GET", "/api/v1/tokens", key, null);
		assertThat(listed.status()).isEqualTo(200);
		assertThat(listed.body().toString()).contains("Erin's script").doesNotContain(key);

		Answer wrongKey = send("GET", "/api/v1/exception-requests", key + "x", null);
		assertThat(wrongKey.status()).isEqualTo(401);
		assertThat(wrongKey.contentType()).startsWith("application/problem+json");
		Answer garbage = send("GET", "/api/v1/exception-requests", "not-a-token", null);
		assertThat(garbage.status()).isEqualTo(401);
		assertThat(garbage.contentType()).startsWith("application/problem+json");
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
