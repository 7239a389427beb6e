package com.leeway.survey;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.Browser;
import com.leeway.LeewayApi;
import com.leeway.account.Directory;

/**
 * A requester answers "how did it go?" on a closed request, in a real browser, and sees the notice that asked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SatisfactionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Surveys surveys;

	@Autowired
	Directory directory;

	@Test
	void aRequesterAnswersTheSatisfactionQuestion() {
		LeewayApi api = new LeewayApi(port);
		long id = api.post("alice", "/api/v1/exception-requests",
				requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL")).id();
		api.post("maria", "/api/v1/exception-requests/" + id + "/decision",
				Map.of("decision", "APPROVE", "justification", "Signed data processing agreement."));
		// The question comes as a notice written after the decision is committed.
		await().atMost(Duration.ofSeconds(20))
			.until(() -> api.get("alice", "/api/v1/notifications").json().toString().contains("How did it go with"));

		try (Browser browser = new Browser(port)) {
			browser.signInAs("alice");
			assertThat(browser.text(By.id("unread-count"))).isNotBlank();
			browser.open("/notifications");
			assertThat(browser.text(By.id("notifications"))).contains("How did it go with");

			browser.open("/requests/" + id);
			browser.click(By.id("rating-5")).type(By.id("comment"), "Clear reasons, fast answer.");
			browser.click(By.id("submit-rating"));

			assertThat(browser.text(By.id("satisfaction-answer"))).contains("5 out of 5");
		}
		assertThat(surveys.answerOf(id, directory.find("alice").orElseThrow()).orElseThrow().getComment())
			.isEqualTo("Clear reasons, fast answer.");
	}

}
