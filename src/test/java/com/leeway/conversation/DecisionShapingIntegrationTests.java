package com.leeway.conversation;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.FormClient;
import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;
import com.leeway.servicelevel.ServiceLevelJobs;
import com.leeway.system.AdjustableClock;

import tools.jackson.databind.JsonNode;

/**
 * Deciders shape the outcome: an approval with added conditions and a shorter time (never longer than the rules
 * allow), shown on the request, in the requester's notice and in the expiry reminders; and a withdrawal that tells
 * the holder and takes the request off their list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.follow-up.interval=1h", "leeway.mail.interval=1h", "leeway.clock.adjustable=true",
				"leeway.rules.max-evaluation-time=10s" })
@ActiveProfiles("test")
class DecisionShapingIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	ServiceLevelJobs jobs;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	long escalatedRequest(LeewayApi api) {
		Response response = api.post("alice", REQUESTS, requestBody("WORD_PROCESSING", "WordPerfect", 60, 25, "INTERNAL"));
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(201);
		assertThat(response.text("status")).isEqualTo("ESCALATED");
		return response.id();
	}

	static Map<String, Object> approval(List<String> conditions, Integer grantedDays) {
		Map<String, Object> body = new HashMap<>();
		body.put("decision", "APPROVE");
		body.put("justification", "The team needs it for the agency work.");
		body.put("conditions", conditions);
		body.put("grantedDays", grantedDays);
		return body;
	}

	@Test
	void anApprovalWithConditionsAndAShorterTimeShowsThemInTheNoticeAndTheExpiryRemindersAndNeverExceedsTheRules() {
		LeewayApi api = new LeewayApi(port);
		long id = escalatedRequest(api);
		String decide = REQUESTS + "/" + id + "/decision";
		List<String> conditions = List.of("Only on laptops with disk encryption");

		Response tooLong = api.post("maria", decide, approval(conditions, 61));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().toString()).contains("grantedDays").contains("60 days");
		assertThat(api.get("alice", REQUESTS + "/" + id).text("status")).isEqualTo("ESCALATED");

		Response approved = api.post("maria", decide, approval(conditions, 30));

		assertThat(approved.status()).as(String.valueOf(approved.json())).isEqualTo(200);
		JsonNode body = approved.json();
		assertThat(body.path("decisionConditions").toString()).contains("disk encryption");
		Instant decidedAt = Instant.parse(body.path("decision").path("decidedAt").asString());
		Instant expiresAt = Instant.parse(body.path("expiresAt").asString());
		assertThat(expiresAt).isEqualTo(decidedAt.plus(Duration.ofDays(30)));
		assertThat(body.path("ruling").path("grantedDays").asInt()).isEqualTo(30);
		assertThat(signedIn("alice").get("/requests/" + id).body()).contains("id=\"decision-conditions\"")
			.contains("Only on laptops with disk encryption");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notices(api, "alice"))
			.contains("is approved").contains("Only on laptops with disk encryption"));

		clock.setTo(expiresAt.minus(Duration.ofDays(5)));
		jobs.runOnce();
		assertThat(notices(api, "alice")).contains("EXPIRY_WARNING")
			.contains("Please keep to the conditions of the exception until then");
	}

	@Test
	void aWithdrawalWithAReasonTellsTheHolderAndTakesItOffTheirList() {
		LeewayApi api = new LeewayApi(port);
		long id = escalatedRequest(api);
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(unreadDecisionNeeded(api, id)).isTrue());

		Map<String, String> reason = Map.of("reason", "The agency switched to Word after all.");
		assertThat(api.post(null, REQUESTS + "/" + id + "/withdrawal", reason).status()).isEqualTo(401);
		assertThat(api.post("maria", REQUESTS + "/" + id + "/withdrawal", reason).status()).isEqualTo(403);
		assertThat(api.post("bob", REQUESTS + "/" + id + "/withdrawal", reason).status()).isIn(403, 404);
		Response withdrawn = api.post("alice", REQUESTS + "/" + id + "/withdrawal", reason);

		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.text("withdrawalReason")).isEqualTo("The agency switched to Word after all.");
		assertThat(withdrawn.json().path("timeline").toString()).contains("WITHDRAWN_BECAUSE");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(notices(api, "maria")).contains("no decision needed").contains("switched to Word");
			assertThat(unreadDecisionNeeded(api, id)).isFalse();
		});
		assertThat(signedIn("maria").get("/manager/inbox").body()).doesNotContain(withdrawn.text("reference"));
	}

	/** Whether Maria still has an unread "your decision is needed" notice about this request. */
	static boolean unreadDecisionNeeded(LeewayApi api, long id) {
		for (JsonNode notice : api.get("maria", "/api/v1/notifications").json().path("notices")) {
			if (notice.path("requestId").asLong() == id && notice.path("kind").asString().equals("ESCALATED")
					&& (notice.path("readAt").isMissingNode() || notice.path("readAt").isNull())) {
				return true;
			}
		}
		return false;
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
