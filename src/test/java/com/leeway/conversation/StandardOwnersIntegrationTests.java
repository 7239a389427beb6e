package com.leeway.conversation;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.FormClient;
import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;

/**
 * A person to talk to about each standard: named in standards.yaml, shown in the catalogue (page and API), on the
 * request page and in a denial's notice with working links, and asked for a call on a request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.follow-up.interval=1h", "leeway.mail.interval=1h",
				"leeway.rules.max-evaluation-time=10s" })
@ActiveProfiles("test")
class StandardOwnersIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	@LocalServerPort
	int port;

	@Test
	void theCatalogueTheRequestPageAndADenialNameWhoToTalkToWithWorkingLinks() {
		LeewayApi api = new LeewayApi(port);
		assertThat(api.get("alice", "/api/v1/standards").json().toString()).contains("Priya Shah")
			.contains("priya.shah@leeway.example");
		FormClient alice = new FormClient(port);
		alice.signIn("alice", "alice");
		assertThat(alice.get("/standards").body()).contains("href=\"mailto:priya.shah@leeway.example\"")
			.contains("href=\"tel:+493012345678\"")
			.contains("href=\"https://chat.leeway.example/priya.shah\"")
			.contains("Who to talk to about this standard");

		Response denied = api.post("alice", REQUESTS, requestBody("WORD_PROCESSING", "WPS Office", 30, 2, "INTERNAL"));
		assertThat(denied.text("status")).isEqualTo("DENIED");
		assertThat(alice.get("/requests/" + denied.id()).body()).contains("id=\"owner\"")
			.contains("href=\"mailto:priya.shah@leeway.example\"");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				api.get("alice", "/api/v1/notifications").json().path("notices").toString())
			.contains("To talk about this standard, contact Priya Shah").contains("+49 30 1234 5678"));
	}

	@Test
	void askingForACallAddressesTheOwnerOnTheRequestAndTellsThem() {
		LeewayApi api = new LeewayApi(port);
		Response request = api.post("alice", REQUESTS, requestBody("COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL"));
		assertThat(request.status()).isEqualTo(201);
		String call = REQUESTS + "/" + request.id() + "/call";
		Map<String, String> message = Map.of("message", "Could we talk about design tools for the agency?");

		assertThat(api.post(null, call, message).status()).isEqualTo(401);
		assertThat(api.post("bob", call, message).status()).isEqualTo(404);
		assertThat(api.post("alice", call, Map.of("message", "")).status()).isEqualTo(400);
		Response asked = api.post("alice", call, message);

		assertThat(asked.status()).as(String.valueOf(asked.json())).isEqualTo(201);
		assertThat(asked.text("addressedTo")).isEqualTo("ian@leeway.example");
		assertThat(api.get("alice", REQUESTS + "/" + request.id() + "/comments").json().toString())
			.contains("design tools", "ian@leeway.example");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
				api.get("ian", "/api/v1/notifications").json().path("notices").toString())
			.contains("CALL_ASKED").contains("A call is asked of you").contains("design tools"));

		Response noOwner = api.post("alice", REQUESTS, requestBody("DESKTOP_OS", "Windows 10", 30, 2, "INTERNAL"));
		assertThat(api.post("alice", REQUESTS + "/" + noOwner.id() + "/call", message).status()).isEqualTo(409);
	}

}
