package com.leeway.conversation;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;


import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.Browser;
import com.leeway.LeewayApi;

/**
 * In a real browser: a manager asks the requester a question instead of deciding, the requester answers on the
 * request page, and the manager approves with a condition the requester then reads on the request.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.follow-up.interval=1h", "leeway.mail.interval=1h",
				"leeway.rules.max-evaluation-time=10s" })
@ActiveProfiles("test")
class QuestionBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void aManagerAsksTheRequesterAnswersAndTheManagerApprovesWithACondition() {
		LeewayApi api = new LeewayApi(port);
		long id = api.post("alice", "/api/v1/exception-requests",
				requestBody("WORD_PROCESSING", "WordPerfect", 60, 25, "INTERNAL")).id();
		String page = "/requests/" + id;

		try (Browser maria = new Browser(port)) {
			maria.signInAs("maria").open(page);
			maria.type(By.id("question-input"), "Do all 25 people need it from the start?");
			maria.click(By.id("ask-question"));
			assertThat(maria.text(By.id("request-status"))).isEqualTo("Waiting for your answer");
			assertThat(maria.text(By.id("question-text"))).isEqualTo("Do all 25 people need it from the start?");
		}

		try (Browser alice = new Browser(port)) {
			alice.signInAs("alice").open(page);
			assertThat(alice.text(By.id("answer-due"))).contains("Please answer by");
			alice.type(By.id("answer"), "Yes: the whole events team edits the agency files.");
			alice.click(By.id("submit-answer"));
			assertThat(alice.text(By.id("request-status"))).isEqualTo("With a manager");
			assertThat(alice.text(By.id("timeline"))).contains("the whole events team edits the agency files");
		}

		try (Browser maria = new Browser(port)) {
			maria.signInAs("maria").open(page);
			maria.click(By.id("decision-approve"));
			maria.type(By.id("justification"), "The events team needs it for the agency work.");
			maria.type(By.id("decision-conditions-input"), "Only on laptops with disk encryption");
			maria.type(By.id("granted-days"), "30");
			maria.click(By.id("submit-decision"));
			assertThat(maria.text(By.id("request-status"))).isEqualTo("Approved");
		}

		try (Browser alice = new Browser(port)) {
			alice.signInAs("alice").open(page);
			assertThat(alice.text(By.id("decision-conditions"))).contains("Only on laptops with disk encryption");
		}
		assertThat(api.get("alice", "/api/v1/exception-requests/" + id).json().path("ruling").path("grantedDays")
			.asInt()).isEqualTo(30);
	}

}
