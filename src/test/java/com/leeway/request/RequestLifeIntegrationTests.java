package com.leeway.request;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
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
import com.leeway.account.Directory;
import com.leeway.system.AdjustableClock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A request's life over real HTTP against the running application: what it waits for and when it is due, which
 * forms its page offers, what its ruling keeps and which reasons it gives, what the submit answer is made from,
 * how it is reassigned and passed on, and its timeline in the reader's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.follow-up.interval=1h", "leeway.mail.interval=1h", "leeway.clock.adjustable=true",
				"spring.jpa.properties.hibernate.session_factory.interceptor=com.leeway.request.LoadsOnThisThread" })
@ActiveProfiles("test")
class RequestLifeIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	/** A Monday morning. */
	static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	RequestDesk desk;

	@Autowired
	RequestDecisions decisions;

	@Autowired
	Directory directory;


	LeewayApi api;

	@BeforeEach
	void connect() {
		api = new LeewayApi(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	Response submit(String user, Map<String, Object> body) {
		Response response = api.post(user, REQUESTS, body);
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(201);
		return response;
	}

	FormClient signedIn(String user) {
		FormClient browser = new FormClient(port);
		browser.signIn(user, user);
		return browser;
	}

	@Test
	void aRequestItStaffSendToAManagerIsDueCountedFromThenOnThePageInTheApiAndInTheManagersNotice() {
		clock.setTo(MONDAY);
		Response submitted = submit("bob", requestBody("COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL"));
		assertThat(submitted.text("status")).isEqualTo("IN_REVIEW");
		clock.setTo(MONDAY.plus(Duration.ofDays(2)));

		Response escalated = api.post("ian", REQUESTS + "/" + submitted.id() + "/decision",
				Map.of("decision", "ESCALATE", "justification", "Twelve people is a budget question for Finance."));

		// Wednesday plus three working days is the next Monday; counted from the submission it would be Thursday.
		assertThat(escalated.status()).isEqualTo(200);
		JsonNode agenda = escalated.json().path("agenda");
		assertThat(agenda.path("waitsFor").asString()).isEqualTo("MANAGER_DECISION");
		Instant sentUp = Instant.parse(escalated.json().path("decision").path("decidedAt").asString());
		assertThat(Instant.parse(agenda.path("waitingSince").asString())).isEqualTo(sentUp);
		assertThat(Instant.parse(agenda.path("dueAt").asString())).isEqualTo(WorkingDays.add(sentUp, 3));
		assertThat(agenda.path("holders").get(0).path("username").asString()).isEqualTo("frank");
		assertThat(signedIn("frank").get("/requests/" + submitted.id()).body()).contains("7 December 2026")
			.doesNotContain("3 December 2026");
		assertThat(api.get("frank", "/api/v1/notifications").json().path("notices").toString())
			.contains("by 7 December 2026").doesNotContain("3 December 2026");
		assertThat(signedIn("frank").get("/manager/inbox").body()).contains(submitted.text("reference"))
			.contains("7 December 2026");
		assertThat(signedIn("ian").get("/it/review").body()).doesNotContain(submitted.text("reference"));
	}

	@Test
	void anExceptionAlreadyRenewedOffersNoRenewalFormAndRefusesASecondRenewal() {
		Response granted = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));
		FormClient alice = signedIn("alice");
		assertThat(alice.get("/requests/" + granted.id()).body()).contains("id=\"renewal\"")
			.as("another module's section of the request page").contains("id=\"satisfaction\"");

		Response renewal = api.post("alice", REQUESTS + "/" + granted.id() + "/renewal",
				Map.of("whatChanged", "The partner still sends .wpd files.", "durationDays", 60));

		assertThat(renewal.status()).isEqualTo(201);
		String page = alice.get("/requests/" + granted.id()).body();
		assertThat(page).doesNotContain("id=\"renewal\"").contains("id=\"renewed-by\"");
		assertThat(api.get("alice", REQUESTS + "/" + granted.id()).json().path("renewedBy").asLong())
			.isEqualTo(renewal.id());
		assertThat(api.post("alice", REQUESTS + "/" + granted.id() + "/renewal",
				Map.of("whatChanged", "Once more.", "durationDays", 30)).status()).isEqualTo(409);
	}

	@Test
	void theStoredRulingKeepsItsLimitOnGrantedDays() {
		Response granted = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));

		JsonNode ruling = api.get("alice", REQUESTS + "/" + granted.id()).json().path("ruling");

		assertThat(ruling.path("maxDays").asInt()).isEqualTo(90);
		assertThat(ruling.path("grantedDays").asInt()).isEqualTo(60);
		assertThat(ruling.path("findings").get(0).path("verdict").asString()).isEqualTo("APPROVE");
	}

	@Test
	void anAiAssistantForFourPeopleIsExplainedOnlyByTheEscalationAndTheOverruledApprovalIsShownApart() {
		Map<String, Object> body = requestBody("GENERATIVE_AI", "ChatGPT", 30, 4, "INTERNAL");

		Response submitted = submit("alice", body);

		assertThat(submitted.text("status")).isEqualTo("ESCALATED");
		JsonNode ruling = submitted.json().path("ruling");
		assertThat(ruling.path("justification").asString()).contains("the manager of Marketing decides")
			.doesNotContain("granted for a limited time");
		assertThat(ruling.path("alsoConsidered").get(0).path("rule").asString())
			.isEqualTo("Approve small, short, low-risk exceptions");
		assertThat(ruling.path("rules").toString()).contains("Escalate unapproved AI assistants",
				"Approve small, short, low-risk exceptions");
		assertThat(api.post("alice", "/api/v1/evaluations", body).json().path("ruling").path("justification")
			.asString()).doesNotContain("granted for a limited time");
		String page = signedIn("alice").get("/requests/" + submitted.id()).body();
		String reasons = page.substring(page.indexOf("id=\"reasons\""), page.indexOf("id=\"also-considered\""));
		assertThat(reasons).contains("the manager of Marketing decides").doesNotContain("granted for a limited time");
		assertThat(page.substring(page.indexOf("id=\"also-considered\""))).contains("granted for a limited time");
		assertThat(api.get("maria", "/api/v1/notifications").json().path("notices").toString())
			.contains(submitted.text("reference"))
			.doesNotContain("granted for a limited time");
	}

	@Test
	void theSubmitAnswerIsWhatWasStoredWithoutReadingTheRequestBack() {
		// Counted on this thread only: the notices that follow the commit read the request on threads of their own.
		LoadsOnThisThread.reset();

		RequestView answered = desk.submit(new SubmitRequest("WORD_PROCESSING", "WordPerfect", "2021",
				"Our legal partner sends .wpd files we must edit losslessly.", 60, 3, "INTERNAL", null, null),
				directory.find("alice").orElseThrow());

		assertThat(LoadsOnThisThread.count()).isZero();
		assertThat(answered.status()).isEqualTo(RequestStatus.APPROVED);

		Response submitted = submit("alice", requestBody("GENERATIVE_AI", "ChatGPT", 30, 4, "INTERNAL"));
		ObjectNode stored = (ObjectNode) api.get("alice", REQUESTS + "/" + submitted.id()).json();
		stored.remove("timeline");
		stored.remove("agenda");
		assertThat(submitted.json()).isEqualTo(stored);
	}

	@Test
	void itStaffReassignAWaitingRequestToAnotherEligibleDeciderWithAReasonOnTheTimeline() {
		Response escalated = submit("alice", requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL"));
		String path = REQUESTS + "/" + escalated.id() + "/reassignment";
		Map<String, Object> toMaria = Map.of("to", "maria", "reason", "Maria covers Marketing's decisions this month.");

		assertThat(api.post(null, path, toMaria).status()).as("nobody").isEqualTo(401);
		assertThat(api.post("alice", path, toMaria).status()).as("the requester").isEqualTo(403);
		assertThat(api.post("maria", path, toMaria).status()).as("a manager").isEqualTo(403);
		Response notEligible = api.post("ian", path, Map.of("to", "frank", "reason", "Frank knows the tool."));
		assertThat(notEligible.status()).as("a manager of another department").isEqualTo(400);
		assertThat(notEligible.json().path("errors").get(0).path("field").asString()).isEqualTo("to");
		assertThat(api.post("ian", path, Map.of("to", "maria")).status()).as("without a reason").isEqualTo(400);

		Response reassigned = api.post("ian", path, toMaria);

		assertThat(reassigned.status()).isEqualTo(200);
		assertThat(reassigned.text("assignedTo")).isEqualTo("maria");
		assertThat(reassigned.json().path("timeline").toString()).contains("REASSIGNED")
			.contains("Maria covers Marketing's decisions this month.");
	}

	@Test
	void anOverdueEscalationIsPassedOnToTheNextLevelWhoThenDecidesItInsteadOfTheManager() {
		clock.setTo(MONDAY);
		Response escalated = submit("alice", requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL"));
		assertThat(decisions.passOn(escalated.id())).as("not late yet").isFalse();
		clock.setTo(MONDAY.plus(Duration.ofDays(6)));

		assertThat(decisions.passOn(escalated.id())).isTrue();
		assertThat(decisions.passOn(escalated.id())).as("once").isFalse();

		JsonNode passedOn = api.get("admin", REQUESTS + "/" + escalated.id()).json();
		assertThat(signedIn("admin").get("/it/review").body()).contains(escalated.text("reference"));
		assertThat(passedOn.path("assignedTo").asString()).isEqualTo("admin");
		assertThat(passedOn.path("agenda").path("late").asBoolean()).isFalse();
		assertThat(passedOn.path("timeline").toString()).contains("PASSED_ON");
		String path = REQUESTS + "/" + escalated.id() + "/decision";
		Map<String, Object> approve = Map.of("decision", "APPROVE", "justification", "Approved for the campaign.");
		assertThat(api.post("maria", path, approve).status()).as("the manager no longer holds it").isEqualTo(403);
		assertThat(api.post("admin", path, approve).status()).isEqualTo(200);
	}

	@Test
	void theTimelineIsWordedInTheReadersLanguageWhenRead() throws Exception {
		Response granted = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));

		HttpResponse<String> german = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + REQUESTS + "/" + granted.id()))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)))
				.header("Accept-Language", "de")
				.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(german.body()).contains("Alice Martin hat eine Ausnahme vom Standard");
		assertThat(api.get("alice", REQUESTS + "/" + granted.id()).json().path("timeline").get(0).path("text")
			.asString()).isEqualTo("Alice Martin asked for an exception to the Word processing and office suite standard for WordPerfect 2021.");
	}

}
