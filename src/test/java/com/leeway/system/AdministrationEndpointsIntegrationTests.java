package com.leeway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.FormClient;
import com.leeway.LeewayApi;

/**
 * The administration endpoints under {@code /actuator} are for administrators only, whether they sign in with
 * HTTP Basic or the sign-in form; only the health check is open, and it tells no details.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdministrationEndpointsIntegrationTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/actuator", "/actuator/info", "/actuator/env", "/actuator/beans",
			"/actuator/configprops" })
	void nobodyButAnAdministratorReachesAnAdministrationEndpoint(String path) {
		LeewayApi api = new LeewayApi(port);

		assertThat(api.get(null, path).status()).as("nobody").isEqualTo(401);
		assertThat(api.get("alice", path).status()).as("a requester").isEqualTo(403);
		assertThat(api.get("ian", path).status()).as("IT staff").isEqualTo(403);
		assertThat(api.get("maria", path).status()).as("a manager").isEqualTo(403);
		assertThat(api.get("admin", path).status()).as("an administrator").isIn(200, 404);
	}

	@Test
	void anAdministratorReadsTheInformationEndpointButTheEnvironmentIsNotExposedAtAll() {
		LeewayApi api = new LeewayApi(port);

		assertThat(api.get("admin", "/actuator/info").status()).isEqualTo(200);
		assertThat(api.get("admin", "/actuator").status()).isEqualTo(200);
		assertThat(api.get("admin", "/actuator/env").status()).isEqualTo(404);
	}

	@Test
	void aRefusalIsAPlainProblem() {
		LeewayApi.Response refused = new LeewayApi(port).get("alice", "/actuator/info");

		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.text("detail")).isEqualTo("Your role does not allow this action.");
	}

	@Test
	void theSignedInSessionCountsTooForAdministratorsOnly() {
		FormClient requester = new FormClient(port);
		requester.signIn("alice", "alice");
		FormClient administrator = new FormClient(port);
		administrator.signIn("admin", "admin");

		HttpResponse<String> refused = requester.get("/actuator/info");
		HttpResponse<String> allowed = administrator.get("/actuator/info");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(allowed.statusCode()).isEqualTo(200);
	}

	@Test
	void theHealthCheckIsOpenAndTellsOnlyWhetherLeewayIsUp() {
		LeewayApi.Response health = new LeewayApi(port).get(null, "/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.text("status")).isEqualTo("UP");
		assertThat(health.json().has("components")).isFalse();
		assertThat(health.json().has("details")).isFalse();
	}

}
