package com.leeway.notice;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;
import com.leeway.servicelevel.ServiceLevelJobs;
import com.leeway.request.WorkingDays;
import com.leeway.system.AdjustableClock;

import tools.jackson.databind.JsonNode;

/**
 * Follow-through with a real SMTP server (GreenMail) and a clock the test moves: each notice reaches the right
 * person once, overdue decisions go to the next level, exceptions expire on their date, renewals are linked, and
 * a notice whose listener failed is tried again and arrives. Notices follow a change after its commit, so the
 * tests wait for them (Awaitility) instead of expecting them at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "spring.mail.host=localhost", "spring.mail.port=3025", "leeway.follow-up.interval=1h",
				"leeway.mail.interval=1h", "leeway.clock.adjustable=true", "leeway.events.retry-interval=200ms",
				"leeway.events.retry-after=0s" })
@ActiveProfiles("test")
class FollowThroughIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	ServiceLevelJobs jobs;

	@Autowired
	MailOutbox outbox;

	@Autowired
	JdbcClient database;

	LeewayApi api;

	@BeforeEach
	void connect() {
		api = new LeewayApi(port);
		listenersDone();
		outbox.sendPending();
		smtp.reset();
	}

	/** Waits until every listener has finished what the changes so far caused (finished publications are deleted). */
	void listenersDone() {
		await().atMost(Duration.ofSeconds(20))
			.until(() -> database.sql("select count(*) from event_publication").query(Long.class).single() == 0);
	}

	/** Waits for the listeners, then mails what they wrote. */
	void sendWhenTold() {
		listenersDone();
		outbox.sendPending();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	List<MimeMessage> mailsTo(String user, String subjectPart) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(mail -> {
			try {
				return mail.getAllRecipients()[0].toString().equals(user + "@leeway.example")
						&& mail.getSubject().contains(subjectPart);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	Response submit(String user, Map<String, Object> body) {
		Response response = api.post(user, "/api/v1/exception-requests", body);
		assertThat(response.status()).isEqualTo(201);
		return response;
	}

	@Test
	void theRequesterAndTheManagerAreToldOnceWhenARequestIsEscalated() {
		Response submitted = submit("alice", requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL"));
		String reference = submitted.text("reference");

		sendWhenTold();
		outbox.sendPending();

		assertThat(mailsTo("alice", reference)).extracting(MimeMessage::getSubject)
			.containsExactly("Your request " + reference + " goes to your manager to decide");
		assertThat(GreenMailUtil.getBody(mailsTo("alice", reference).get(0))).contains("We received your request")
			.contains("The manager of Marketing decides");
		List<MimeMessage> toMaria = mailsTo("maria", reference);
		assertThat(toMaria).hasSize(1);
		assertThat(GreenMailUtil.getBody(toMaria.get(0))).contains("Alice Martin from your department asks for an exception")
			.contains("confidential data")
			.contains("Please approve or deny it")
			.contains("/requests/" + submitted.id())
			.doesNotContain("We received your request");
		assertThat(mailsTo("frank", reference)).isEmpty();
		JsonNode timeline = api.get("alice", "/api/v1/exception-requests/" + submitted.id()).json().path("timeline");
		assertThat(timeline.valueStream().map(event -> event.path("type").asString())).doesNotContain("NOTICE")
			.contains("SUBMITTED", "ESCALATED");
	}

	@Test
	void aDecisionIsMailedWithItsReasonAndTheRequesterIsAskedHowItWent() {
		Response submitted = submit("alice", requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL"));
		api.post("maria", "/api/v1/exception-requests/" + submitted.id() + "/decision",
				Map.of("decision", "DENY", "justification", "Please use Microsoft Teams, which we already pay for."));

		sendWhenTold();

		List<MimeMessage> decision = mailsTo("alice", "Your request " + submitted.text("reference") + " is denied");
		assertThat(decision).hasSize(1);
		assertThat(GreenMailUtil.getBody(decision.get(0))).contains("Maria Rossi denied your request")
			.contains("Microsoft Teams");
		Response notices = api.get("alice", "/api/v1/notifications");
		assertThat(notices.json().path("notices").valueStream().map(notice -> notice.path("kind").asString()))
			.contains("SURVEY", "DECIDED");

		Response answered = api.post("alice", "/api/v1/exception-requests/" + submitted.id() + "/satisfaction",
				Map.of("rating", 4, "comment", "Quick and clear."));
		assertThat(answered.status()).isEqualTo(200);
		assertThat(api.get("bob", "/api/v1/exception-requests/" + submitted.id() + "/satisfaction").status())
			.isEqualTo(404);
		assertThat(api.post("bob", "/api/v1/exception-requests/" + submitted.id() + "/satisfaction",
				Map.of("rating", 1)).status()).isEqualTo(403);
		assertThat(api.get("bob", "/api/v1/notifications").json().toString()).doesNotContain(submitted.text("reference"));
	}

	@Test
	void anEscalationNotDecidedInTimeIsPassedToTheNextLevelOnce() {
		Response submitted = submit("alice", requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL"));
		String reference = submitted.text("reference");
		listenersDone();

		clock.advance(Duration.ofDays(6));
		jobs.runOnce();
		jobs.runOnce();
		sendWhenTold();

		assertThat(mailsTo("admin", "Overdue decision: " + reference)).hasSize(1);
		assertThat(mailsTo("maria", "Overdue: " + reference)).hasSize(1);
		assertThat(mailsTo("alice", "Where your request " + reference + " stands")).hasSize(1);
		assertThat(GreenMailUtil.getBody(mailsTo("admin", "Overdue decision: " + reference).get(0)))
			.contains("has waited for Maria Rossi");
		assertThat(GreenMailUtil.getBody(mailsTo("maria", "Overdue: " + reference).get(0)))
			.contains("was due for your decision");
	}

	@Test
	void whoeverHoldsARequestIsRemindedBeforeItsDeadline() {
		Response submitted = submit("bob", requestBody("COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL"));
		assertThat(submitted.text("status")).isEqualTo("IN_REVIEW");
		java.time.Instant due = WorkingDays.add(java.time.Instant.parse(submitted.text("submittedAt")), 1);
		listenersDone();

		clock.setTo(due.minus(Duration.ofHours(4)));
		jobs.runOnce();
		sendWhenTold();

		String reference = submitted.text("reference");
		assertThat(mailsTo("ian", "Please review request " + reference)).hasSize(1);
		assertThat(mailsTo("ian", "Reminder: " + reference)).hasSize(1);
		assertThat(GreenMailUtil.getBody(mailsTo("ian", "Reminder: " + reference).get(0))).contains("waits for your review");
		assertThat(mailsTo("admin", "Overdue decision: " + reference)).isEmpty();
	}

	@Test
	void twoSchedulersRunningAtOnceSendEachNoticeOnce() throws Exception {
		Response submitted = submit("bob", requestBody("FILE_SHARING", "Tresorit", 60, 3, "REGULATED"));
		listenersDone();
		clock.advance(Duration.ofDays(6));
		CyclicBarrier together = new CyclicBarrier(2);

		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
			meet(together);
			jobs.runOnce();
		});
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
			meet(together);
			jobs.runOnce();
		});
		first.get();
		second.get();
		sendWhenTold();

		assertThat(mailsTo("admin", "Overdue decision: " + submitted.text("reference"))).hasSize(1);
		assertThat(mailsTo("frank", "Overdue: " + submitted.text("reference"))).hasSize(1);
	}

	@Test
	void anExceptionIsWarnedAboutThenExpiresOnItsDateAndTheRequesterIsTold() {
		Response granted = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));
		String reference = granted.text("reference");

		clock.advance(Duration.ofDays(59).plusHours(12));
		jobs.runOnce();
		assertThat(api.get("alice", "/api/v1/exception-requests/" + granted.id()).text("status")).isEqualTo("APPROVED");

		clock.advance(Duration.ofDays(1));
		jobs.runOnce();
		sendWhenTold();

		assertThat(mailsTo("alice", "Your exception " + reference + " ends in 1 day")).hasSize(1);
		assertThat(mailsTo("alice", "Your exception " + reference + " has expired")).hasSize(1);
		Response expired = api.get("alice", "/api/v1/exception-requests/" + granted.id());
		assertThat(expired.text("status")).isEqualTo("EXPIRED");
		assertThat(expired.json().path("timeline").toString()).contains("EXPIRED");
	}

	@Test
	void aRenewalIsANewLinkedRequestWhoseRulesSeeTheRenewalCount() {
		Response original = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));

		Response first = api.post("alice", "/api/v1/exception-requests/" + original.id() + "/renewal",
				Map.of("whatChanged", "The partner still sends .wpd files.", "durationDays", 60));
		Response second = api.post("alice", "/api/v1/exception-requests/" + first.id() + "/renewal",
				Map.of("whatChanged", "The migration slipped by a quarter.", "durationDays", 60));

		assertThat(first.status()).isEqualTo(201);
		assertThat(first.json().path("renewalOf").asLong()).isEqualTo(original.id());
		assertThat(first.json().path("renewalCount").asInt()).isEqualTo(1);
		assertThat(first.text("status")).isEqualTo("APPROVED");
		assertThat(second.json().path("renewalCount").asInt()).isEqualTo(2);
		assertThat(second.text("status")).isEqualTo("ESCALATED");
		assertThat(second.json().path("ruling").path("rules").toString())
			.contains("Escalate exceptions renewed twice already");
		Response unchanged = api.get("alice", "/api/v1/exception-requests/" + original.id());
		assertThat(unchanged.text("status")).isEqualTo("APPROVED");
		assertThat(unchanged.text("justification")).isEqualTo(original.text("justification"));
		// Renewing is an action: someone it is not for is refused (403), as for every action on a request.
		assertThat(api.post("bob", "/api/v1/exception-requests/" + original.id() + "/renewal",
				Map.of("whatChanged", "Mine now", "durationDays", 30)).status()).isEqualTo(403);
	}

	@Test
	void aManagerRevokesAGrantedExceptionAndTheRequesterIsToldWhy() {
		Response granted = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));

		assertThat(api.post("frank", "/api/v1/exception-requests/" + granted.id() + "/revocation",
				Map.of("reason", "Not mine")).status()).isEqualTo(403);
		Response revoked = api.post("maria", "/api/v1/exception-requests/" + granted.id() + "/revocation",
				Map.of("reason", "A security flaw in WordPerfect was published today."));
		sendWhenTold();

		assertThat(revoked.text("status")).isEqualTo("REVOKED");
		assertThat(GreenMailUtil.getBody(mailsTo("alice", "was revoked").get(0))).contains("security flaw");
	}

	@Test
	void aNoticeWhoseListenerFailsIsTriedAgainAndArrivesOnce() {
		FailingNoticeInserts.failNext(1);
		database.sql(FailingNoticeInserts.CREATE).update();
		try {
			Response granted = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));
			String reference = granted.text("reference");

			await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
				outbox.sendPending();
				assertThat(mailsTo("alice", reference)).hasSize(1);
			});

			assertThat(FailingNoticeInserts.failed()).isEqualTo(1);
			sendWhenTold();
			assertThat(mailsTo("alice", reference)).extracting(MimeMessage::getSubject)
				.containsExactly("Your request " + reference + " is approved");
		}
		finally {
			database.sql(FailingNoticeInserts.DROP).update();
		}
	}

	@Test
	void theTestClockEndpointIsForAdministratorsOnly() {
		assertThat(api.post("alice", "/api/test/clock/advance?days=1", null).status()).isEqualTo(403);
		Response moved = api.post("admin", "/api/test/clock/advance?days=2", null);
		assertThat(moved.status()).isEqualTo(200);
		assertThat(clock.offset()).isEqualTo(Duration.ofDays(2));
	}

	static void meet(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
