package com.leeway.emergency;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.FormClient;
import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;
import com.leeway.account.ChangeLog;
import com.leeway.system.AdjustableClock;

import tools.jackson.databind.JsonNode;

/**
 * Emergencies over HTTP against the running application: who may declare one, what it does to new requests and
 * to granted exceptions in its scope, who is told and how often, the banner, and its end on its date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.follow-up.interval=1h", "leeway.mail.interval=1h", "leeway.emergency.interval=1h",
				"leeway.clock.adjustable=true" })
@ActiveProfiles("test")
class EmergencyIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	static final String EMERGENCIES = "/api/v1/emergencies";

	/** A Monday morning. */
	static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	EmergencyJobs jobs;

	@Autowired
	EmergencyDesk desk;

	@Autowired
	ChangeLog changeLog;

	LeewayApi api;

	@BeforeEach
	void connect() {
		api = new LeewayApi(port);
		clock.setTo(MONDAY);
	}

	@AfterEach
	void endEverythingAndResetTheClock() {
		for (EmergencyView lasting : desk.current()) {
			api.post("admin", EMERGENCIES + "/" + lasting.id() + "/end", null);
		}
		clock.reset();
	}

	static Map<String, Object> emergency(String reason, List<String> standards, List<String> products, String effect,
			boolean suspend, String endsOn) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("reason", reason);
		body.put("standards", standards);
		body.put("products", products);
		body.put("effect", effect);
		body.put("suspendExceptions", suspend);
		body.put("endsOn", endsOn);
		return body;
	}

	Response submit(String user, Map<String, Object> body) {
		Response response = api.post(user, REQUESTS, body);
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(201);
		return response;
	}

	/** The notices of one kind a person has about one request. */
	List<JsonNode> notices(String user, String kind, Response request) {
		return api.get(user, "/api/v1/notifications")
			.json()
			.path("notices")
			.valueStream()
			.filter(notice -> notice.path("kind").asString().equals(kind))
			.filter(notice -> notice.path("requestId").asLong() == request.id())
			.toList();
	}

	FormClient signedIn(String user) {
		FormClient browser = new FormClient(port);
		browser.signIn(user, user);
		return browser;
	}

	@Test
	void onlyManagersAndAdministratorsMayDeclareChangeOrEndAnEmergency() {
		Map<String, Object> body = emergency("A flaw in Zoomy lets strangers join meetings.", List.of(),
				List.of("Zoomy"), "HOLD", false, "2026-12-04");

		assertThat(api.post(null, EMERGENCIES, body).status()).isEqualTo(401);
		assertThat(api.post("alice", EMERGENCIES, body).status()).isEqualTo(403);
		assertThat(api.post("ian", EMERGENCIES, body).status()).isEqualTo(403);
		assertThat(signedIn("alice").get("/emergencies").statusCode()).isEqualTo(403);
		assertThat(signedIn("ian").get("/emergencies").statusCode()).isEqualTo(403);
		assertThat(desk.current()).isEmpty();

		Response declared = api.post("maria", EMERGENCIES, body);
		assertThat(declared.status()).as(String.valueOf(declared.json())).isEqualTo(201);
		assertThat(signedIn("maria").get("/emergencies").body()).contains("A flaw in Zoomy");
		assertThat(api.send("bob", "PUT", EMERGENCIES + "/" + declared.id(), body).status()).isEqualTo(403);
		assertThat(api.post("bob", EMERGENCIES + "/" + declared.id() + "/end", null).status()).isEqualTo(403);
		assertThat(api.get("bob", EMERGENCIES).json().get(0).path("reason").asString()).contains("Zoomy");

		Map<String, Object> later = emergency("A flaw in Zoomy lets strangers join meetings.", List.of(),
				List.of("Zoomy"), "HOLD", false, "2026-12-11");
		assertThat(api.send("admin", "PUT", EMERGENCIES + "/" + declared.id(), later).status()).isEqualTo(200);
		assertThat(api.post("frank", EMERGENCIES + "/" + declared.id() + "/end", null).status()).isEqualTo(200);
		assertThat(desk.current()).isEmpty();

		assertThat(changeLog.list(null, 0, 50).getContent())
			.filteredOn(change -> change.getSubjectType().equals("emergency")
					&& change.getSubject().equals(String.valueOf(declared.id())))
			.extracting(change -> change.getAction() + " by " + change.getChangedBy())
			.containsExactlyInAnyOrder("declared by maria", "changed by admin", "ended by frank");
	}

	@Test
	void aDeclarationWithoutAReasonOrScopeIsRefusedNamingTheField() {
		Response noReason = api.post("maria", EMERGENCIES,
				emergency(" ", List.of(), List.of("Zoomy"), "HOLD", false, "2026-12-04"));
		assertThat(noReason.status()).isEqualTo(400);
		assertThat(noReason.json().toString()).contains("reason");
		Response noScope = api.post("maria", EMERGENCIES,
				emergency("Something is wrong.", List.of(), List.of(), "HOLD", false, "2026-12-04"));
		assertThat(noScope.status()).isEqualTo(400);
		assertThat(noScope.json().toString()).contains("standards");
		Response past = api.post("maria", EMERGENCIES,
				emergency("Something is wrong.", List.of("FILE_SHARING"), List.of(), "DENY", false, "2026-11-01"));
		assertThat(past.status()).isEqualTo(400);
		assertThat(past.json().toString()).contains("endsOn");
		Response unknown = api.post("maria", EMERGENCIES,
				emergency("Something is wrong.", List.of("NO_SUCH_STANDARD"), List.of(), "DENY", false, "2026-12-04"));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(unknown.json().toString()).contains("standards");
	}

	@Test
	void anEmergencyDeniesOrHoldsNewRequestsInItsScopeWhateverTheRulesSayAndShowsTheBanner() {
		assertThat(signedIn("alice").get("/requests/mine").body()).doesNotContain("id=\"emergency-banner\"");
		Response denying = api.post("maria", EMERGENCIES, emergency("WordPerfect files carry a macro virus.",
				List.of(), List.of("wordperfect"), "DENY", false, "2026-12-04"));
		assertThat(denying.status()).isEqualTo(201);

		Response denied = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));
		assertThat(denied.text("status")).isEqualTo("DENIED");
		assertThat(denied.json().path("ruling").path("justification").asString())
			.contains("WordPerfect files carry a macro virus").contains("4 December 2026");
		// The rules alone would approve it: their finding is kept, apart, as overruled.
		assertThat(denied.json().path("ruling").path("alsoConsidered").size()).isPositive();

		Response holding = api.post("admin", EMERGENCIES, emergency("Figma is being checked after a breach.",
				List.of("COLLABORATION_SAAS"), List.of(), "HOLD", false, "2026-12-02"));
		assertThat(holding.status()).isEqualTo(201);
		Response held = submit("alice", requestBody("COLLABORATION_SAAS", "Miro", 30, 2, "INTERNAL"));
		assertThat(held.text("status")).isEqualTo("IN_REVIEW");
		assertThat(held.json().path("ruling").path("justification").asString()).contains("checked after a breach");

		Response outOfScope = submit("bob", requestBody("WEB_BROWSER", "Opera", 30, 1, "INTERNAL"));
		assertThat(outOfScope.json().path("ruling").path("justification").asString()).doesNotContain("emergency");

		String page = signedIn("bob").get("/requests/mine").body();
		assertThat(page).contains("id=\"emergency-banner\"")
			.contains("WordPerfect files carry a macro virus.")
			.contains("4 December 2026")
			.contains("Figma is being checked after a breach.");
		assertThat(signedIn("bob").get("/login").body()).contains("id=\"emergency-banner\"");
	}

	@Test
	void suspendedExceptionsAreToldOnceAndGrantedAgainWhenTheEmergencyEndsOnItsDate() {
		Response granted = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));
		assertThat(granted.text("status")).isEqualTo("APPROVED");
		Response waiting = submit("bob", requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL"));
		assertThat(waiting.text("status")).isEqualTo("ESCALATED");
		Response untouched = submit("alice", requestBody("WEB_BROWSER", "Opera", 30, 1, "INTERNAL"));

		Response declared = api.post("maria", EMERGENCIES,
				emergency("A flaw lets documents run code on open.", List.of("COLLABORATION_SAAS"),
						List.of("WordPerfect"), "DENY", true, "2026-12-02"));
		assertThat(declared.status()).as(String.valueOf(declared.json())).isEqualTo(201);

		assertThat(api.get("alice", REQUESTS + "/" + granted.id()).text("status")).isEqualTo("SUSPENDED");
		assertThat(api.get("bob", REQUESTS + "/" + waiting.id()).text("status")).isEqualTo("ESCALATED");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(notices("alice", "EMERGENCY", granted)).hasSize(1);
			assertThat(notices("bob", "EMERGENCY", waiting)).hasSize(1);
		});
		assertThat(notices("alice", "EMERGENCY", granted).get(0).toString()).contains("A flaw lets documents run code")
			.contains("2 December 2026")
			.contains("on hold");
		assertThat(signedIn("alice").get("/requests/" + granted.id()).body()).contains("on hold");

		// Nothing new happens before its date; the job runs twice and tells nobody twice.
		jobs.runOnce();
		assertThat(api.get("alice", REQUESTS + "/" + granted.id()).text("status")).isEqualTo("SUSPENDED");

		clock.setTo(Instant.parse("2026-12-03T00:00:01Z"));
		jobs.runOnce();
		jobs.runOnce();

		Response restored = api.get("alice", REQUESTS + "/" + granted.id());
		assertThat(restored.text("status")).isEqualTo("APPROVED");
		assertThat(restored.text("expiresAt")).isEqualTo(granted.text("expiresAt"));
		assertThat(api.get("alice", REQUESTS + "/" + untouched.id()).text("status"))
			.isEqualTo(untouched.text("status"));
		assertThat(desk.current()).isEmpty();
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(notices("alice", "EMERGENCY_ENDED", granted)).hasSize(1));
		assertThat(notices("alice", "EMERGENCY", granted)).hasSize(1);
		assertThat(notices("bob", "EMERGENCY_ENDED", waiting)).isEmpty();
		assertThat(signedIn("alice").get("/requests/mine").body()).doesNotContain("id=\"emergency-banner\"");

		Response afterwards = submit("bob", requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));
		assertThat(afterwards.text("status")).isEqualTo("APPROVED");
	}

	@Test
	void endingAnEmergencyEarlyGrantsItsSuspendedExceptionsAgainAndCannotBeEndedTwice() {
		Response granted = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));
		Response declared = api.post("admin", EMERGENCIES, emergency("Lizenzprüfung läuft.", List.of(),
				List.of("WordPerfect"), "HOLD", true, "2026-12-20"));
		assertThat(api.get("alice", REQUESTS + "/" + granted.id()).text("status")).isEqualTo("SUSPENDED");
		assertThat(api.post("maria", EMERGENCIES + "/" + declared.id() + "/end", null).status()).isEqualTo(200);
		assertThat(api.post("maria", EMERGENCIES + "/" + declared.id() + "/end", null).status()).isEqualTo(409);
		assertThat(api.get("alice", REQUESTS + "/" + granted.id()).text("status")).isEqualTo("APPROVED");
	}

}
