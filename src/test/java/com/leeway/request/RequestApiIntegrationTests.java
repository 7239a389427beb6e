package com.leeway.request;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;

/**
 * The request flow of API v1 against the running application, for every role.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestApiIntegrationTests {

	@LocalServerPort
	int port;

	LeewayApi api;

	@BeforeEach
	void connect() {
		api = new LeewayApi(port);
	}

	@Test
	void approvesASmallLowRiskRequestAtOnceAndStoresIt() {
		Response submitted = api.post("alice", "/api/v1/exception-requests",
				requestBody("WORD_PROCESSING", "WordPerfect", 90, 3, "INTERNAL"));

		assertThat(submitted.status()).isEqualTo(201);
		assertThat(submitted.location()).endsWith("/api/v1/exception-requests/" + submitted.id());
		assertThat(submitted.text("status")).isEqualTo("APPROVED");
		assertThat(submitted.text("reference")).matches("EXC-\\d{4}-\\d{6}");
		assertThat(submitted.text("requester")).isEqualTo("alice");
		assertThat(submitted.text("department")).isEqualTo("Marketing");
		assertThat(submitted.json().path("ruling").path("outcome").asString()).isEqualTo("APPROVE");
		assertThat(submitted.json().path("ruling").path("rules").get(0).asString())
			.isEqualTo("Approve small, short, low-risk exceptions");
		assertThat(submitted.json().path("ruling").path("rulesetVersion").asString()).hasSize(64);
		assertThat(submitted.text("expiresAt")).isNotNull();

		Response read = api.get("alice", "/api/v1/exception-requests/" + submitted.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(read.json().path("timeline").valueStream().map(event -> event.path("type").asString()))
			.contains("SUBMITTED", "ACKNOWLEDGED", "RULED", "GRANTED");
	}

	@Test
	void rejectsAnUnsignedCallWith401AsProblem() {
		Response response = api.get(null, "/api/v1/exception-requests");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	@Test
	void namesEveryInvalidField() {
		Map<String, Object> body = requestBody("NO_SUCH_STANDARD", "", 0, 5, "SECRET");

		Response response = api.post("alice", "/api/v1/exception-requests", body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
			.containsExactlyInAnyOrder("standardKey", "product", "durationDays", "dataClassification");
	}

}
