package com.leeway.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import com.leeway.system.AdjustableClock;

import tools.jackson.databind.JsonNode;

/**
 * What the service review tells people, over real HTTP: IT staff mark feedback read and answer it once, and its
 * author gets a notice with the answer; the monthly review goes on the first working day of a month, once per
 * recipient however often the job runs, to each department's managers and to IT staff, with a link to the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.follow-up.interval=1h", "leeway.mail.interval=1h", "leeway.clock.adjustable=true",
				"leeway.review.candidate.min-approvals=3", "leeway.review.candidate.min-share=0.8",
				"leeway.review.mail-cron=0 0 7 1 1 *" })
@ActiveProfiles("test")
class ReviewFollowThroughIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	MonthlyReviewMail monthlyMail;

	LeewayApi api;

	@BeforeEach
	void connect() {
		api = new LeewayApi(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void itStaffAnswerFeedbackOnceAndItsAuthorIsToldTheAnswer() {
		Response given = api.post("alice", "/api/v1/feedback", Map.of("text", "Please show the due date in the list."));
		assertThat(given.status()).isIn(200, 201);
		long id = given.id();

		FormClient maria = new FormClient(port);
		maria.signIn("maria", "maria");
		maria.get("/review");
		assertThat(maria.postAgain("/review/feedback/" + id + "/answer", Map.of("answer", "Not mine to answer."))
			.statusCode()).isEqualTo(403);

		FormClient ian = new FormClient(port);
		ian.signIn("ian", "ian");
		String page = ian.get("/review").body();
		assertThat(page).contains("id=\"feedback-" + id + "\"", "Please show the due date in the list.");
		HttpResponse<String> read = ian.postAgain("/review/feedback/" + id + "/read", Map.of("back", "/review"));
		assertThat(read.statusCode()).isEqualTo(302);
		assertThat(read.headers().firstValue("Location").orElse("")).endsWith("/review#feedback");
		HttpResponse<String> elsewhere = ian.postAgain("/review/feedback/" + id + "/read", Map.of("back", "//evil.example"));
		assertThat(elsewhere.headers().firstValue("Location").orElse("")).endsWith("/review#feedback");
		ian.get("/review");
		assertThat(ian.postAgain("/review/feedback/" + id + "/answer", Map.of("answer", "  ")).statusCode()).isEqualTo(302);
		assertThat(ian.get("/review").body()).contains("Please write an answer.");
		assertThat(ian.postAgain("/review/feedback/" + id + "/answer",
				Map.of("answer", "Done: the list shows it from today.")).statusCode()).isEqualTo(302);
		assertThat(ian.get("/review").body()).contains("Done: the list shows it from today.");
		assertThat(ian.postAgain("/review/feedback/" + id + "/answer", Map.of("answer", "Again.")).statusCode())
			.isEqualTo(409);
		assertThat(ian.postAgain("/review/feedback/999999/read", Map.of()).statusCode()).isEqualTo(404);
		assertThat(new FormClient(port).postAgain("/review/feedback/" + id + "/read", Map.of()).statusCode())
			.isIn(302, 401, 403);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<JsonNode> answers = notices("alice", "FEEDBACK_ANSWER");
			assertThat(answers).hasSize(1);
			assertThat(answers.get(0).path("body").asString()).contains("Please show the due date in the list.",
					"Done: the list shows it from today.", "Ian Novak");
		});
	}

	@Test
	void theMonthlyReviewGoesOnTheFirstWorkingDayOncePerRecipientWithALinkToTheirFigures() {
		clock.setTo(Instant.parse("2032-02-02T07:00:00Z"));
		// 1 February 2032 is a Sunday: the first working day is Monday the 2nd.
		assertThat(MonthlyReviewMail.isFirstWorkingDayOfMonth(LocalDate.parse("2032-02-01"))).isFalse();
		assertThat(monthlyMail.runFor(LocalDate.parse("2032-02-01"))).isZero();
		assertThat(monthlyMail.runFor(LocalDate.parse("2032-02-03"))).isZero();

		int sent = monthlyMail.runFor(LocalDate.parse("2032-02-02"));
		assertThat(sent).isGreaterThanOrEqualTo(3);
		assertThat(monthlyMail.runFor(LocalDate.parse("2032-02-02"))).isZero();

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			List<JsonNode> maria = notices("maria", "MONTHLY_REVIEW");
			assertThat(maria).hasSize(1);
			assertThat(maria.get(0).path("subject").asString()).contains("Marketing", "2032-01");
			assertThat(maria.get(0).path("link").asString())
				.endsWith("/review?from=2032-01-01&to=2032-01-31&department=Marketing");
			List<JsonNode> frank = notices("frank", "MONTHLY_REVIEW");
			assertThat(frank).hasSize(1);
			assertThat(frank.get(0).path("link").asString()).endsWith("department=Finance");
			List<JsonNode> ian = notices("ian", "MONTHLY_REVIEW");
			assertThat(ian).hasSize(1);
			assertThat(ian.get(0).path("subject").asString()).contains("every department");
			assertThat(ian.get(0).path("link").asString()).endsWith("/review?from=2032-01-01&to=2032-01-31");
			assertThat(notices("alice", "MONTHLY_REVIEW")).isEmpty();
		});
		// The link opens the page with those figures for the manager.
		FormClient maria = new FormClient(port);
		maria.signIn("maria", "maria");
		assertThat(maria.get("/review?from=2032-01-01&to=2032-01-31&department=Marketing").statusCode()).isEqualTo(200);
	}

	@Test
	void theReviewEndpointsArePartOfThePublishedApi() {
		JsonNode paths = api.get(null, "/v3/api-docs").json().path("paths");

		assertThat(paths.has("/api/v1/review")).isTrue();
		assertThat(paths.has("/api/v1/review/candidates")).isTrue();
		assertThat(paths.has("/api/v1/exception-requests/{id}/precedents")).isTrue();
	}

	private List<JsonNode> notices(String user, String kind) {
		List<JsonNode> found = new ArrayList<>();
		api.get(user, "/api/v1/notifications").json().path("notices").forEach(notice -> {
			if (notice.path("kind").asString().equals(kind)) {
				found.add(notice);
			}
		});
		return found;
	}

}
