package com.leeway.conversation;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.FormClient;
import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;

/**
 * Appeals against the rules' own decision, over real HTTP with the real rules: one open appeal per request, upheld
 * and overturned by IT staff with a reason, on the timeline and in notices, the ruling itself never edited, and the
 * appealed rules kept for the service review.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.follow-up.interval=1h", "leeway.mail.interval=1h",
				"leeway.rules.max-evaluation-time=10s" })
@ActiveProfiles("test")
class AppealsIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	@LocalServerPort
	int port;

	@Autowired
	Appeals appeals;

	/** WPS Office is on hold: the rules deny it. */
	long deniedByTheRules(LeewayApi api) {
		Response response = api.post("alice", REQUESTS, requestBody("WORD_PROCESSING", "WPS Office", 30, 2, "INTERNAL"));
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(201);
		assertThat(response.text("status")).isEqualTo("DENIED");
		return response.id();
	}

	static Map<String, Object> decision(String outcome, String overturnTo, String reason, boolean ruleShouldChange) {
		Map<String, Object> body = new HashMap<>();
		body.put("outcome", outcome);
		body.put("overturnTo", overturnTo);
		body.put("reason", reason);
		body.put("ruleShouldChange", ruleShouldChange);
		return body;
	}

	@Test
	void aRequesterAppealsOnceAndItStaffOverturnTheDenialWithTheRulesKeptForTheServiceReview() {
		LeewayApi api = new LeewayApi(port);
		long id = deniedByTheRules(api);
		String appeal = REQUESTS + "/" + id + "/appeal";
		Map<String, String> why = Map.of("reason", "WPS is the only suite our Chinese partner's files open in.");

		assertThat(api.post(null, appeal, why).status()).isEqualTo(401);
		assertThat(api.post("maria", appeal, why).status()).isEqualTo(403);
		assertThat(api.post("bob", appeal, why).status()).isEqualTo(404);
		Response filed = api.post("alice", appeal, why);
		assertThat(filed.status()).as(String.valueOf(filed.json())).isEqualTo(201);
		assertThat(filed.text("status")).isEqualTo("OPEN");
		assertThat(filed.json().path("rules").toString()).contains("Deny new use of products on hold");
		assertThat(filed.text("dueAt")).isNotNull();
		assertThat(api.post("alice", appeal, why).status()).isEqualTo(409);

		String decide = appeal + "/decision";
		Map<String, Object> overturn = decision("OVERTURN", "APPROVE", "The partner contract requires it for a month.", true);
		assertThat(api.post(null, decide, overturn).status()).isEqualTo(401);
		assertThat(api.post("alice", decide, overturn).status()).isEqualTo(403);
		assertThat(api.post("maria", decide, overturn).status()).isEqualTo(403);
		assertThat(api.post("bob", decide, overturn).status()).isEqualTo(404);
		assertThat(api.post("ian", decide, decision("OVERTURN", null, "Yes.", false)).status()).isEqualTo(400);
		Response overturned = api.post("ian", decide, overturn);
		assertThat(overturned.status()).as(String.valueOf(overturned.json())).isEqualTo(200);
		assertThat(overturned.text("status")).isEqualTo("OVERTURNED");

		Response request = api.get("alice", REQUESTS + "/" + id);
		assertThat(request.text("status")).isEqualTo("APPROVED");
		// The ruling itself is never edited: the rules still said deny; the decision says who overturned it and why.
		assertThat(request.json().path("ruling").path("outcome").asString()).isEqualTo("DENY");
		assertThat(request.json().path("decision").path("decidedBy").asString()).isEqualTo("ian");
		assertThat(request.json().path("timeline").toString()).contains("APPEALED", "APPEAL_OVERTURNED", "GRANTED");
		assertThat(appeals.ruleChangeCandidates()).anySatisfy(candidate -> {
			assertThat(candidate.requestId()).isEqualTo(id);
			assertThat(candidate.rules()).contains("Deny new use of products on hold");
			assertThat(candidate.ruleShouldChange()).isTrue();
		});
		assertThat(api.post("ian", decide, overturn).status()).isEqualTo(409);
		assertThat(api.post("alice", appeal, why).status()).isEqualTo(409);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(notices(api, "ian")).contains("APPEAL").contains("Chinese partner");
			assertThat(notices(api, "alice")).contains("APPEAL_DECIDED").contains("was granted")
				.contains("partner contract requires it");
		});
	}

	@Test
	void itStaffUpholdAnAppealAndTheDecisionOfTheRulesStandsOnTheTimelineAndInTheNotice() {
		LeewayApi api = new LeewayApi(port);
		long id = deniedByTheRules(api);
		assertThat(api.post("alice", REQUESTS + "/" + id + "/appeal", Map.of("reason", "Please look again.")).status())
			.isEqualTo(201);

		Response upheld = api.post("ian", REQUESTS + "/" + id + "/appeal/decision",
				decision("UPHOLD", null, "WPS Office is on hold because of where it stores data.", false));

		assertThat(upheld.status()).isEqualTo(200);
		assertThat(upheld.text("status")).isEqualTo("UPHELD");
		Response request = api.get("alice", REQUESTS + "/" + id);
		assertThat(request.text("status")).isEqualTo("DENIED");
		assertThat(request.json().path("timeline").toString()).contains("APPEAL_UPHELD");
		assertThat(api.get("alice", REQUESTS + "/" + id + "/appeals").json().toString()).contains("UPHELD");
		assertThat(api.get("frank", REQUESTS + "/" + id + "/appeals").status()).isEqualTo(404);
		assertThat(api.get(null, REQUESTS + "/" + id + "/appeals").status()).isEqualTo(401);
		// Upheld: the appeal is closed, and the request can be appealed again with new reasons.
		assertThat(api.post("alice", REQUESTS + "/" + id + "/appeal", Map.of("reason", "New facts.")).status())
			.isEqualTo(201);
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(notices(api, "alice")).contains("was not granted").contains("stores data"));
	}

	@Test
	void onlyARequestTheRulesThemselvesDecidedCanBeAppealedAndThePageOffersTheFormToItsRequesterOnly() {
		LeewayApi api = new LeewayApi(port);
		Response approved = api.post("alice", REQUESTS, requestBody("WORD_PROCESSING", "WordPerfect", 30, 2, "INTERNAL"));
		assertThat(approved.text("status")).isEqualTo("APPROVED");
		assertThat(api.post("alice", REQUESTS + "/" + approved.id() + "/appeal", Map.of("reason", "Why not longer?"))
			.status()).isEqualTo(409);

		long denied = deniedByTheRules(api);
		assertThat(signedIn("alice").get("/requests/" + denied).body()).contains("id=\"appeal-form\"");
		assertThat(signedIn("ian").get("/requests/" + denied).body()).doesNotContain("id=\"appeal-form\"");
		FormClient alice = signedIn("alice");
		alice.post("/requests/" + denied, "/requests/" + denied + "/appeal", Map.of("reason", "It is the only option."));
		assertThat(signedIn("ian").get("/requests/" + denied).body()).contains("id=\"appeal-decision-form\"")
			.contains("It is the only option.");
		assertThat(signedIn("alice").get("/requests/" + denied).body()).doesNotContain("id=\"appeal-form\"",
				"id=\"appeal-decision-form\"");
	}

	static String notices(LeewayApi api, String user) {
		return api.get(user, "/api/v1/notifications").json().path("notices").toString();
	}

	FormClient signedIn(String user) {
		FormClient browser = new FormClient(port);
		browser.signIn(user, user);
		return browser;
	}

}
