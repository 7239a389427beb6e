package com.leeway.review;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.Browser;
import com.leeway.PageChecks;
import com.leeway.LeewayApi;
import com.leeway.system.AdjustableClock;

/**
 * The service review pages in a real headless Chromium at 1280 px and at 390 px: the charts render as SVG with
 * as many bars as their tables have rows, every page is axe-core clean and never scrolls sideways; a manager
 * reads their department, IT staff choose one, answer feedback and read the candidates; a manager deciding a
 * request reads the precedents.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.follow-up.interval=1h", "leeway.mail.interval=1h", "leeway.clock.adjustable=true",
				"leeway.review.candidate.min-approvals=1", "leeway.review.mail-cron=0 0 7 1 1 *" })
@ActiveProfiles("test")
class ReviewPagesBrowserTests {


	static final String REQUESTS = "/api/v1/exception-requests";

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theReviewPagesWorkOnADesktop() {
		walkThrough(new Dimension(1280, 1000));
	}

	@Test
	void theReviewPagesWorkOnAPhone() {
		walkThrough(new Dimension(390, 900));
	}

	private void walkThrough(Dimension size) {
		long waiting = seed();
		try (Browser browser = new Browser(port)) {
			browser.driver().manage().window().setSize(size);
			browser.signInAs("maria");
			browser.open("/review");
			browser.waitFor(By.id("table-standards"));
			checkCharts(browser);
			checkPage(browser, "review (manager)");
			assertThat(browser.driver().findElements(By.id("department"))).isEmpty();

			browser.open("/requests/" + waiting);
			browser.waitFor(By.id("precedents"));
			assertThat(browser.driver().findElements(By.cssSelector("#precedents-table tbody tr"))).isNotEmpty();
			checkSection(browser, "#precedents", "precedents on the request page");
		}
		try (Browser browser = new Browser(port)) {
			browser.driver().manage().window().setSize(size);
			browser.signInAs("ian");
			browser.open("/review");
			browser.waitFor(By.id("department"));
			checkCharts(browser);
			checkPage(browser, "review (IT staff)");
			browser.open("/review/candidates");
			browser.waitFor(By.id("candidate-0"));
			checkPage(browser, "candidates");
		}
	}

	/** Every chart is an SVG with one bar per row of the table beside it. */
	private static void checkCharts(Browser browser) {
		List<WebElement> charts = browser.driver().findElements(By.cssSelector("svg[role=img]"));
		assertThat(charts).isNotEmpty();
		for (String part : List.of("standards", "outcomes", "response", "satisfaction")) {
			WebElement chart = browser.driver().findElement(By.id("chart-" + part));
			assertThat(chart.getTagName()).isEqualTo("svg");
			int bars = chart.findElements(By.cssSelector("rect")).size();
			int rows = browser.driver().findElements(By.cssSelector("#table-" + part + " tbody tr:not(.empty)")).size();
			assertThat(bars).as(part).isEqualTo(rows);
		}
	}

	private long seed() {
		LeewayApi api = new LeewayApi(port);
		clock.setTo(Instant.now().minus(Duration.ofDays(3)));
		api.post("alice", REQUESTS, requestBody("WORD_PROCESSING", "LibreOffice", 30, 1, "INTERNAL"));
		long earlier = api.post("alice", REQUESTS, requestBody("COLLABORATION_SAAS", "Notion", 90, 5, "CONFIDENTIAL")).id();
		api.post("maria", REQUESTS + "/" + earlier + "/decision",
				Map.of("decision", "APPROVE", "justification", "The agency works in Notion and we keep data there short."));
		api.post("alice", REQUESTS + "/" + earlier + "/satisfaction", Map.of("rating", 4, "comment", "Clear and quick."));
		api.post("alice", "/api/v1/feedback", Map.of("text", "The review page helps our planning."));
		clock.reset();
		return api.post("alice", REQUESTS, requestBody("COLLABORATION_SAAS", "notion", 90, 5, "CONFIDENTIAL")).id();
	}

	/** No accessibility violation axe-core finds, and nothing wider than the window. */
	private static void checkPage(Browser browser, String page) {
		PageChecks.fitsAndIsAccessible(browser, page);
	}

	/** One section of a page another module owns: it fits the window and axe-core finds nothing in it. */
	@SuppressWarnings("unchecked")
	private static void checkSection(Browser browser, String selector, String what) {
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		Object right = js.executeScript("return document.querySelector(arguments[0]).getBoundingClientRect().right;",
				selector);
		Object width = js.executeScript("return window.innerWidth;");
		assertThat(((Number) right).doubleValue()).as(what + " fits the window")
			.isLessThanOrEqualTo(((Number) width).doubleValue() + 1);
		assertThat(PageChecks.axeViolations(browser, "{ include: [[arguments[0]]] }", selector))
			.as(what + ": axe-core violations").isEmpty();
	}


}
