package com.leeway.request.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.Browser;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A requester and a manager using the web forms in a real browser.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestFormBrowserTests {

	/** Set -Dleeway.screenshots=docs/images to refresh the README's pictures. */
	static final String SCREENSHOTS = System.getProperty("leeway.screenshots");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	long storedRequests() {
		return jdbc.queryForObject("select count(*) from exception_request", Long.class);
	}

	@BeforeEach
	void startBrowser() {
		browser = new Browser(port);
	}

	@AfterEach
	void stopBrowser() {
		browser.close();
	}

	void fillRequest(String standard, String product, String justification, int days, int users, String data) {
		browser.open("/requests/new");
		new Select(browser.waitFor(By.id("standardKey"))).selectByValue(standard);
		browser.type(By.id("product"), product)
			.type(By.id("justification"), justification)
			.type(By.id("durationDays"), String.valueOf(days))
			.type(By.id("usersAffected"), String.valueOf(users));
		new Select(browser.driver().findElement(By.id("dataClassification"))).selectByValue(data);
	}

	void screenshot(String name) {
		if (SCREENSHOTS != null) {
			browser.screenshot(Path.of(SCREENSHOTS, name));
		}
	}

	@Test
	void aRequesterAsksForAnExceptionAndSeesTheRulingWithItsReasons() {
		browser.signInAs("alice");
		fillRequest("WORD_PROCESSING", "WordPerfect", "Our legal partner sends .wpd files we must edit losslessly.",
				60, 3, "INTERNAL");
		assertThat(browser.text(By.cssSelector(".standard-info[data-standard=WORD_PROCESSING]")))
			.contains("LibreOffice");

		browser.click(By.id("submit-request"));

		assertThat(browser.text(By.id("request-status"))).isEqualTo("Approved");
		assertThat(browser.text(By.id("ruling"))).contains("WordPerfect is not a company standard")
			.contains("Approve small, short, low-risk exceptions")
			.contains("Expires after 60 days");
		assertThat(browser.text(By.id("next-step"))).contains("You may use the product until");
		assertThat(browser.text(By.id("timeline"))).contains("Alice Martin asked for an exception");
		screenshot("request-ruling.png");
	}

	@Test
	void aManagerDecidesAnEscalationWithAWrittenJustification() {
		browser.signInAs("alice");
		fillRequest("COLLABORATION_SAAS", "Notion", "Client workspace with customer data for the spring campaign.",
				120, 8, "CONFIDENTIAL");
		browser.click(By.id("submit-request"));
		assertThat(browser.text(By.id("request-status"))).isEqualTo("With a manager");
		assertThat(browser.text(By.id("next-step"))).contains("Maria Rossi, manager of Marketing, decides");
		String requestPath = browser.currentPath();

		browser.signInAs("maria");
		browser.open("/manager/inbox");
		assertThat(browser.text(By.id("inbox"))).contains("Notion").contains("Alice Martin");
		screenshot("manager-inbox.png");
		browser.click(By.linkText(browser.driver().findElement(By.cssSelector("#inbox tbody tr:last-child a")).getText()));
		assertThat(browser.currentPath()).isEqualTo(requestPath);

		browser.click(By.id("submit-decision"));
		assertThat(browser.text(By.id("justification-error"))).contains("Write down why");
		browser.click(By.id("decision-approve"))
			.type(By.id("justification"), "The vendor signed our data processing agreement; fine for this campaign.")
			.click(By.id("submit-decision"));

		assertThat(browser.textBecomes(By.id("request-status"), "Approved")).isEqualTo("Approved");
		assertThat(browser.text(By.id("decision"))).contains("Approved by Maria Rossi")
			.contains("data processing agreement");
		assertThat(browser.driver().findElements(By.id("decide"))).isEmpty();

		browser.signInAs("alice");
		browser.open(requestPath);
		assertThat(browser.text(By.id("decision-justification"))).contains("data processing agreement");
	}

	@Test
	void aValidationErrorShowsNextToItsFieldAndNothingIsStored() {
		long before = storedRequests();
		browser.signInAs("bob");
		fillRequest("WORD_PROCESSING", "WordPerfect", "x", 60, 3, "INTERNAL");
		browser.driver().findElement(By.id("justification")).clear();
		browser.type(By.id("durationDays"), "5000");

		browser.click(By.id("submit-request"));

		assertThat(browser.text(By.id("justification-error"))).contains("Explain why you need this");
		assertThat(browser.text(By.id("durationDays-error"))).contains("from 1 to 1,095");
		assertThat(browser.driver().findElement(By.id("product")).getAttribute("value")).isEqualTo("WordPerfect");
		assertThat(storedRequests()).isEqualTo(before);
	}

	@Test
	void textTypedByARequesterIsShownAsTextNeverRunAsCode() {
		browser.signInAs("alice");
		fillRequest("WORD_PROCESSING", "<img src=x onerror=alert(1)>", "<script>alert('x')</script> for a client.", 30,
				1, "INTERNAL");

		browser.click(By.id("submit-request"));

		assertThat(browser.text(By.tagName("h1"))).contains("<img src=x onerror=alert(1)>");
		assertThat(browser.driver().findElements(By.cssSelector("h1 img"))).isEmpty();
	}

}
