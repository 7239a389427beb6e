package com.leeway;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.request.RequestLifecycle;
import com.leeway.system.AdjustableClock;

/**
 * Every page every kind of person can reach, in a real headless Chromium, on a 1280 px desktop and a 390 px phone.
 * Starting from the start page, the suite follows the menu and every link on each page (bounded), so a new page is
 * checked as soon as something links to it, and visits the error pages too. Each page must fit the window without
 * sideways scrolling, pass axe-core's WCAG 2.1 AA checks, be an HTML page (never JSON or Spring's bare error page),
 * keep its header small on a phone and, for requesters and managers, never show raw codes or hashes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPageBrowserTests {

	private static final String AXE = axeSource();

	private static final Dimension DESKTOP = new Dimension(1280, 900);

	private static final Dimension PHONE = new Dimension(390, 844);

	/** Pages of one shape (the same path with other numbers) visited at most this often. */
	private static final int SAME_SHAPE = 9;

	/** The same page with other query values (a filter, a chosen standard) visited at most this often. */
	private static final int SAME_QUERY = 2;

	private static final int MOST_PAGES = 45;

	private static final Pattern RAW_CODE = Pattern.compile(
			"\\b(APPROVED|DENIED|ESCALATED|IN_REVIEW|WITHDRAWN|EXPIRED|REVOKED|APPROVE|DENY|ESCALATE|REVIEW|NOT_LISTED"
					+ "|PUBLIC|INTERNAL|CONFIDENTIAL|REGULATED|[A-Z]+_[A-Z_]+)\\b");

	private static final Pattern HASH = Pattern.compile("\\b[0-9a-f]{40,64}\\b");

	/** Links that are not pages a person reads: files, the API, its explorer, sign-out. */
	private static final Pattern NOT_A_PAGE = Pattern.compile(
			"^/(api|v3|swagger-ui|webjars|css|js|logout|login|oauth2|actuator|h2-console)(/|\\?|$)|[?&](format|export)=|^[^?]*\\.(csv|json|yaml|drl|txt|pdf)(\\?|$)");

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	RequestLifecycle lifecycle;

	@BeforeAll
	void seedRequestsInEveryStatus() {
		LeewayApi api = new LeewayApi(port);
		submit(api, "alice", "WORD_PROCESSING", "WordPerfect", 90, 3, "INTERNAL", "APPROVED");
		submit(api, "alice", "FILE_SHARING", "WeTransfer", 30, 2, "INTERNAL", "DENIED");
		submit(api, "alice", "COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL", "ESCALATED");
		submit(api, "alice", "COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL", "IN_REVIEW");
		long withdrawn = submit(api, "alice", "COLLABORATION_SAAS", "Notion", 90, 8, "CONFIDENTIAL", "ESCALATED");
		assertThat(api.post("alice", "/api/v1/exception-requests/" + withdrawn + "/withdrawal", null).status())
			.isEqualTo(200);
		long decided = submit(api, "alice", "COLLABORATION_SAAS", "Notion", 60, 8, "CONFIDENTIAL", "ESCALATED");
		assertThat(api.post("maria", "/api/v1/exception-requests/" + decided + "/decision",
				Map.of("decision", "DENY", "justification", "Please use the approved tools instead.")).status())
			.isEqualTo(200);
		long revoked = submit(api, "alice", "WORD_PROCESSING", "WordPerfect", 60, 2, "INTERNAL", "APPROVED");
		assertThat(api.post("ian", "/api/v1/exception-requests/" + revoked + "/revocation",
				Map.of("reason", "The files now come in a supported format.")).status())
			.isEqualTo(200);
		long expiring = submit(api, "alice", "WORD_PROCESSING", "WordPerfect", 1, 1, "INTERNAL", "APPROVED");
		clock.advance(Duration.ofDays(2));
		try {
			lifecycle.expire(expiring);
		}
		finally {
			clock.reset();
		}
		submit(api, "maria", "WORD_PROCESSING", "WordPerfect", 30, 1, "INTERNAL", "APPROVED");
		submit(api, "ian", "COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL", "IN_REVIEW");
	}

	@Test
	void everyPageOfARequesterFitsIsAccessibleAndSpeaksPlainly() {
		assertThat(crawl("alice", true)).isEmpty();
	}

	@Test
	void everyPageOfAManagerFitsIsAccessibleAndSpeaksPlainly() {
		assertThat(crawl("maria", true)).isEmpty();
	}

	@Test
	void everyPageOfItStaffFitsAndIsAccessible() {
		assertThat(crawl("ian", false)).isEmpty();
	}

	@Test
	void everyPageOfAnAdministratorFitsAndIsAccessible() {
		assertThat(crawl("admin", false)).isEmpty();
	}

	@Test
	void withdrawingAndRevokingAskOnceMoreOnAPhone() {
		LeewayApi api = new LeewayApi(port);
		long waiting = submit(api, "alice", "COLLABORATION_SAAS", "Notion", 45, 8, "CONFIDENTIAL", "ESCALATED");
		long granted = submit(api, "alice", "WORD_PROCESSING", "WordPerfect", 20, 1, "INTERNAL", "APPROVED");
		try (Browser browser = new Browser(port)) {
			browser.driver().manage().window().setSize(PHONE);
			browser.signInAs("alice");
			browser.open("/requests/" + waiting);
			assertThat(browser.driver().findElement(By.id("confirm-withdraw")).isDisplayed()).isFalse();
			browser.click(By.id("withdraw"));
			assertThat(browser.text(By.cssSelector("#next-step .confirm-body"))).contains("cannot be undone");
			browser.click(By.id("confirm-withdraw"));
			assertThat(browser.textBecomes(By.id("request-status"), "Withdrawn")).isEqualTo("Withdrawn");

			browser.signInAs("ian");
			browser.open("/requests/" + granted);
			assertThat(browser.driver().findElement(By.id("confirm-revoke")).isDisplayed()).isFalse();
			browser.click(By.id("revoke"));
			browser.type(By.id("reason"), "The files now come in a supported format.");
			browser.click(By.id("confirm-revoke"));
			assertThat(browser.textBecomes(By.id("request-status"), "Revoked")).isEqualTo("Revoked");
		}
	}

	private long submit(LeewayApi api, String user, String standard, String product, int days, int users,
			String data, String status) {
		LeewayApi.Response response = api.post(user, "/api/v1/exception-requests",
				requestBody(standard, product, days, users, data));
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(201);
		assertThat(response.text("status")).isEqualTo(status);
		return response.id();
	}

	/** Visits what the person can reach from the start page and the error pages; answers what is wrong where. */
	private List<String> crawl(String user, boolean plainLanguage) {
		List<String> problems = new ArrayList<>();
		try (Browser browser = new Browser(port)) {
			browser.signInAs(user);
			Deque<String> toVisit = new ArrayDeque<>(List.of("/", "/no/such/page", "/requests/abc",
					"/requests/999999", "/it/requests?status=BOGUS", user.equals("admin") ? "/account/deputies" : "/admin"));
			Set<String> seen = new LinkedHashSet<>(toVisit);
			Map<String, Integer> shapes = new HashMap<>();
			int visited = 0;
			while (!toVisit.isEmpty() && visited < MOST_PAGES) {
				String path = toVisit.removeFirst();
				visited++;
				browser.driver().manage().window().setSize(DESKTOP);
				browser.open(path);
				problems.addAll(check(browser, path, "1280 px", plainLanguage));
				for (String link : links(browser)) {
					String shape = link.replaceAll("\\d+", "#").replaceAll("=([^&]*?)(\\.[a-z]+)?(&|$)", "=$2$3");
					int most = shape.contains("?") ? SAME_QUERY : SAME_SHAPE;
					if (seen.add(link) && shapes.merge(shape, 1, Integer::sum) <= most) {
						toVisit.addLast(link);
					}
				}
				System.out.println(user + " visits " + path);
				browser.driver().manage().window().setSize(PHONE);
				problems.addAll(check(browser, path, "390 px", plainLanguage));
				problems.addAll(headerIsSmall(browser, path));
				String pictures = System.getProperty("leeway.screenshots");
				if (pictures != null) {
					browser.screenshot(java.nio.file.Path.of(pictures, user + "-" + visited + "-phone.png"));
				}
			}
		}
		return problems;
	}

	@SuppressWarnings("unchecked")
	private List<String> links(Browser browser) {
		Object hrefs = ((JavascriptExecutor) browser.driver())
			.executeScript("return [...document.querySelectorAll('a[href]')].filter(a => !a.hasAttribute('download'))"
					+ ".map(a => a.href);");
		List<String> paths = new ArrayList<>();
		for (String href : (List<String>) hrefs) {
			URI uri = URI.create(href);
			if (!"localhost".equals(uri.getHost()) || uri.getPort() != port) {
				continue;
			}
			String path = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
			if (!path.isEmpty() && !NOT_A_PAGE.matcher(path).find()) {
				paths.add(path);
			}
		}
		return paths;
	}

	@SuppressWarnings("unchecked")
	private List<String> check(Browser browser, String path, String width, boolean plainLanguage) {
		String where = path + " at " + width + ": ";
		List<String> problems = new ArrayList<>();
		JavascriptExecutor js = (JavascriptExecutor) browser.driver();
		String contentType = (String) js.executeScript("return document.contentType;");
		String text = (String) js.executeScript("return document.body ? document.body.innerText : '';");
		if (!"text/html".equals(contentType) || text.trim().startsWith("{") || text.trim().startsWith("[")) {
			problems.add(where + "not an HTML page (" + contentType + ")");
			return problems;
		}
		if (text.contains("Whitelabel")) {
			problems.add(where + "Spring's bare error page");
		}
		Object tooWide = js.executeScript("""
				if (document.documentElement.scrollWidth <= window.innerWidth) { return []; }
				return [...document.querySelectorAll('body *')]
				  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
				  .slice(0, 6)
				  .map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right));""");
		if (!((List<String>) tooWide).isEmpty()) {
			problems.add(where + "wider than the window: " + tooWide);
		}
		if (plainLanguage) {
			Matcher code = RAW_CODE.matcher(text);
			if (code.find()) {
				problems.add(where + "shows the raw code " + code.group());
			}
			Matcher hash = HASH.matcher(text);
			if (hash.find()) {
				problems.add(where + "shows the hash " + hash.group());
			}
		}
		if (Boolean.FALSE.equals(js.executeScript("return typeof axe !== 'undefined';"))) {
			js.executeScript(AXE);
		}
		Object violations = js.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
				  .then(result => done(result.violations.map(v =>
				    v.id + ': ' + v.help + ' at ' + v.nodes.slice(0, 4).map(n => n.target.join(' ')).join(', '))));""");
		for (String violation : (List<String>) violations) {
			problems.add(where + violation);
		}
		return problems;
	}

	/** On a phone the header takes no more than an eighth of the screen, menu closed. */
	private List<String> headerIsSmall(Browser browser, String path) {
		Number height = (Number) ((JavascriptExecutor) browser.driver()).executeScript(
				"const h = document.querySelector('header'); return h ? h.getBoundingClientRect().height : 0;");
		Number screen = (Number) ((JavascriptExecutor) browser.driver()).executeScript("return window.innerHeight;");
		if (height.doubleValue() > screen.doubleValue() / 8) {
			return List.of(path + " at 390 px: the header is " + height + " px high of " + screen);
		}
		return List.of();
	}

	private static String axeSource() {
		try (InputStream in = EveryPageBrowserTests.class.getResourceAsStream("/axe/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
