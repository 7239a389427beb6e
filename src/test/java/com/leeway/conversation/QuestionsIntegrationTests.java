package com.leeway.conversation;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
import com.leeway.request.WorkingDays;
import com.leeway.system.AdjustableClock;

import tools.jackson.databind.JsonNode;

/**
 * Questions that pause the clock, over real HTTP against the running application with real rules: a decider asks
 * the requester instead of deciding, the decider's due date stands still until the answer, an answer that changes
 * the request is ruled on again, and a question nobody answers closes the request (an answer reopens it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.follow-up.interval=1h", "leeway.mail.interval=1h", "leeway.clock.adjustable=true",
				"leeway.service-levels.answer-days=2",
				// A loaded build machine must not turn the first, cold evaluation of a rule test into a time-out.
				"leeway.rules.max-evaluation-time=10s" })
@ActiveProfiles("test")
class QuestionsIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	/** A Monday morning. */
	static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	QuestionFollowUp followUp;

	LeewayApi api;

	@BeforeEach
	void connect() {
		api = new LeewayApi(port);
		clock.setTo(MONDAY);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	/** Alice (Marketing) asks for 25 people: the rules send it to Maria, her manager. */
	Response escalatedRequest() {
		Response response = api.post("alice", REQUESTS, requestBody("WORD_PROCESSING", "WordPerfect", 60, 25, "INTERNAL"));
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(201);
		assertThat(response.text("status")).isEqualTo("ESCALATED");
		return response;
	}

	Response ask(String user, long id) {
		return api.post(user, REQUESTS + "/" + id + "/question", Map.of("question", "Could fewer people do for now?"));
	}

	static Instant dueAt(Response response) {
		return Instant.parse(response.json().path("agenda").path("dueAt").asString());
	}

	@Test
	void aQuestionPausesTheDecidersDueDateAndTheAnswerResumesItMovedByTheTimeTheRequesterTook() {
		Response submitted = escalatedRequest();
		Instant dueBefore = dueAt(api.get("maria", REQUESTS + "/" + submitted.id()));
		assertThat(dueBefore).isEqualTo(WorkingDays.add(Instant.parse(submitted.text("submittedAt")), 3));

		Response asked = ask("maria", submitted.id());

		assertThat(asked.status()).as(String.valueOf(asked.json())).isEqualTo(200);
		assertThat(asked.text("status")).isEqualTo("WAITING_FOR_REQUESTER");
		JsonNode agenda = asked.json().path("agenda");
		assertThat(agenda.path("waitsFor").asString()).isEqualTo("REQUESTER_ANSWER");
		assertThat(agenda.path("holders").get(0).path("username").asString()).isEqualTo("alice");
		assertThat(asked.json().path("question").path("text").asString()).isEqualTo("Could fewer people do for now?");
		// While it waits for the requester, nobody decides it.
		assertThat(api.post("maria", REQUESTS + "/" + submitted.id() + "/decision",
				Map.of("decision", "APPROVE", "justification", "Fine.")).status()).isEqualTo(409);
		assertThat(ask("maria", submitted.id()).status()).isEqualTo(409);

		clock.setTo(MONDAY.plus(Duration.ofHours(30)));
		Response answered = api.post("alice", REQUESTS + "/" + submitted.id() + "/answer",
				Map.of("answer", "No, all 25 people in the team need it."));

		assertThat(answered.status()).as(String.valueOf(answered.json())).isEqualTo(200);
		assertThat(answered.text("status")).isEqualTo("ESCALATED");
		assertThat(answered.json().path("agenda").path("waitsFor").asString()).isEqualTo("MANAGER_DECISION");
		// The decider's due date moved by exactly the time the question waited for its answer (whole seconds).
		Instant askedAt = Instant.parse(asked.json().path("question").path("askedAt").asString());
		Instant answeredAt = moment(answered, "ANSWERED");
		assertThat(Duration.between(askedAt, answeredAt)).isGreaterThan(Duration.ofHours(29));
		assertThat(dueAt(answered)).isEqualTo(dueBefore.plusSeconds(Duration.between(askedAt, answeredAt).toSeconds()));
		assertThat(answered.json().path("timeline").toString()).contains("QUESTION_ASKED", "ANSWERED", "BACK_WITH_HOLDER")
			.contains("all 25 people");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(notices("alice")).contains("QUESTION").contains("Could fewer people do for now?");
			assertThat(notices("maria")).contains("ANSWERED").contains("all 25 people");
		});
		assertThat(api.post("maria", REQUESTS + "/" + submitted.id() + "/decision",
				Map.of("decision", "APPROVE", "justification", "The team needs it.")).status()).isEqualTo(200);
	}

	@Test
	void onlyWhoeverHoldsTheRequestAsksAndOnlyTheRequesterAnswers() {
		Response submitted = escalatedRequest();
		long id = submitted.id();

		assertThat(ask(null, id).status()).isEqualTo(401);
		assertThat(ask("alice", id).status()).isEqualTo(403);
		assertThat(ask("frank", id).status()).isEqualTo(403);
		assertThat(ask("bob", id).status()).isEqualTo(403);
		Map<String, String> answer = Map.of("answer", "Here it is.");
		assertThat(api.post("alice", REQUESTS + "/" + id + "/answer", answer).status()).isEqualTo(409);
		assertThat(ask("maria", id).status()).isEqualTo(200);
		assertThat(api.post(null, REQUESTS + "/" + id + "/answer", answer).status()).isEqualTo(401);
		assertThat(api.post("maria", REQUESTS + "/" + id + "/answer", answer).status()).isEqualTo(403);
		assertThat(api.post("bob", REQUESTS + "/" + id + "/answer", answer).status()).isEqualTo(404);
		Response blank = api.post("alice", REQUESTS + "/" + id + "/answer", Map.of("answer", " "));
		assertThat(blank.status()).isEqualTo(400);
		assertThat(blank.json().toString()).contains("answer");
		assertThat(api.post("alice", REQUESTS + "/" + id + "/answer", answer).status()).isEqualTo(200);
	}

	@Test
	void anAnswerThatChangesTheRequestIsRuledAgainAndTheNewRulingDecidesIt() {
		Response submitted = escalatedRequest();
		assertThat(ask("maria", submitted.id()).status()).isEqualTo(200);

		Map<String, Object> answer = new HashMap<>();
		answer.put("answer", "Three of us can start; the rest can wait.");
		answer.put("usersAffected", 3);
		Response answered = api.post("alice", REQUESTS + "/" + submitted.id() + "/answer", answer);

		assertThat(answered.status()).as(String.valueOf(answered.json())).isEqualTo(200);
		assertThat(answered.text("status")).isEqualTo("APPROVED");
		assertThat(answered.json().path("usersAffected").asInt()).isEqualTo(3);
		assertThat(answered.json().path("ruling").path("outcome").asString()).isEqualTo("APPROVE");
		assertThat(answered.json().path("timeline").toString()).contains("CHANGED_USERS", "RULED_AGAIN", "GRANTED")
			.contains("from 25 to 3");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(notices("maria")).contains("ANSWERED").contains("nothing more is needed from you");
			assertThat(notices("alice")).contains("RULED_AGAIN");
		});
	}

	@Test
	void aQuestionNobodyAnswersIsRemindedThenClosesAfterTheSetTimeAndAnAnswerReopensIt() {
		Response submitted = escalatedRequest();
		Response asked = ask("maria", submitted.id());
		Instant answerDue = dueAt(asked);
		assertThat(answerDue).isEqualTo(WorkingDays.add(Instant.parse(asked.json().path("question").path("askedAt").asString()), 2));

		clock.setTo(answerDue.minus(Duration.ofHours(2)));
		followUp.runOnce();
		assertThat(notices("alice")).contains("ANSWER_REMINDER");
		assertThat(api.get("alice", REQUESTS + "/" + submitted.id()).text("status")).isEqualTo("WAITING_FOR_REQUESTER");

		clock.setTo(answerDue.plus(Duration.ofMinutes(1)));
		followUp.runOnce();
		Response closed = api.get("alice", REQUESTS + "/" + submitted.id());
		assertThat(closed.text("status")).isEqualTo("CLOSED_UNANSWERED");
		assertThat(closed.json().path("timeline").toString()).contains("CLOSED_UNANSWERED");
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(notices("alice")).contains("CLOSED_UNANSWERED").contains("opens the request again");
			assertThat(notices("maria")).contains("CLOSED_UNANSWERED");
		});

		Response reopened = api.post("alice", REQUESTS + "/" + submitted.id() + "/answer",
				Map.of("answer", "Sorry, I was away. All 25 need it."));
		assertThat(reopened.status()).isEqualTo(200);
		assertThat(reopened.text("status")).isEqualTo("ESCALATED");
		assertThat(reopened.json().path("timeline").toString()).contains("REOPENED");
	}

	@Test
	void theRequestPageOffersTheQuestionToItsHolderAndTheAnswerToItsRequesterOnly() {
		Response submitted = escalatedRequest();
		String page = "/requests/" + submitted.id();
		assertThat(signedIn("maria").get(page).body()).contains("id=\"ask-form\"").doesNotContain("id=\"answer-form\"");
		assertThat(signedIn("alice").get(page).body()).doesNotContain("id=\"ask-form\"", "id=\"answer-form\"");

		FormClient maria = signedIn("maria");
		maria.post(page, page + "/question", Map.of("question", "Which team is it for?"));

		String alicePage = signedIn("alice").get(page).body();
		assertThat(alicePage).contains("id=\"answer-form\"").contains("Which team is it for?")
			.contains("Waiting for your answer");
		assertThat(signedIn("maria").get(page).body()).contains("Which team is it for?").doesNotContain("id=\"ask-form\"");
		assertThat(signedIn("frank").get(page).statusCode()).isEqualTo(404);

		FormClient alice = signedIn("alice");
		alice.post(page, page + "/answer", Map.of("answer", "The events team.", "durationDays", "60", "usersAffected", "25"));
		assertThat(api.get("alice", REQUESTS + "/" + submitted.id()).text("status")).isEqualTo("ESCALATED");
	}

	static Instant moment(Response request, String type) {
		for (JsonNode event : request.json().path("timeline")) {
			if (event.path("type").asString().equals(type)) {
				return Instant.parse(event.path("at").asString());
			}
		}
		throw new AssertionError("No " + type + " on the timeline");
	}

	String notices(String user) {
		return api.get(user, "/api/v1/notifications").json().path("notices").toString();
	}

	FormClient signedIn(String user) {
		FormClient browser = new FormClient(port);
		browser.signIn(user, user);
		return browser;
	}

}
