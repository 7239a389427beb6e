package com.leeway.system.web;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.Browser;
import com.leeway.LeewayApi;

/**
 * Anyone following an old link, a mistyped address or a link to a page that is not theirs meets Leeway's own page:
 * the app's header, a plain title and sentence, and a way back, with the right status; never JSON, a stack trace
 * or Spring's bare error page. The API keeps answering problem+json.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ErrorPagesBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void showsPlainErrorPagesWithAWayBackToPeopleInABrowser() throws Exception {
		long alicesRequest = new LeewayApi(port)
			.post("alice", "/api/v1/exception-requests", requestBody("COLLABORATION_SAAS", "Notion", 120, 8,
					"CONFIDENTIAL"))
			.id();

		try (Browser browser = new Browser(port)) {
			browser.driver().manage().window().setSize(new Dimension(390, 900));

			browser.signInAs("alice");
			assertPlainPage(browser, "/no/such/page", "Page not found", "link may be old");
			assertPlainPage(browser, "/requests/abc", "Page not found", "link may be old");
			assertPlainPage(browser, "/requests/999999", "That request isn't one you can see",
					"There is no request 999999 that you can see");
			assertPlainPage(browser, "/it/requests", "Not allowed", "This page is for other people");
			assertThat(browser.text(By.id("sign-in-again"))).isEqualTo("Sign in as someone else");
			assertPlainPage(browser, "/rules", "Not allowed", "This page is for other people");

			browser.signInAs("bob");
			assertPlainPage(browser, "/requests/" + alicesRequest, "That request isn't one you can see",
					"It may belong to someone else");

			browser.signInAs("ian");
			assertPlainPage(browser, "/it/requests?status=BOGUS", "That address is not quite right",
					"There is no status called BOGUS; choose one from the list.");
		}
	}

	@Test
	void answersTheRightStatusWithTheErrorPage() throws Exception {
		long alicesRequest = new LeewayApi(port)
			.post("alice", "/api/v1/exception-requests", requestBody("COLLABORATION_SAAS", "Slack", 60, 5,
					"INTERNAL"))
			.id();
		Page alice = Page.signedIn(port, "alice");
		assertErrorPage(alice.get("/no/such/page"), 404);
		assertErrorPage(alice.get("/requests/abc"), 404);
		assertErrorPage(alice.get("/requests/999999"), 404);
		assertErrorPage(alice.get("/it/requests"), 403);
		assertErrorPage(alice.get("/rules"), 403);
		assertErrorPage(alice.get("/requests/" + alicesRequest + "/withdrawal"), 405);
		assertErrorPage(Page.signedIn(port, "bob").get("/requests/" + alicesRequest), 404);
		assertErrorPage(Page.signedIn(port, "ian").get("/it/requests?status=BOGUS"), 400);
	}

	@Test
	void keepsAnsweringProblemJsonUnderTheApi() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String path : new String[] { "/api/v1/nothing", "/api/v1/exception-requests/abc" }) {
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("Authorization",
						"Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)))
				.header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).as(path).isBetween(400, 499);
			assertThat(answer.headers().firstValue("Content-Type")).as(path)
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
		}
	}

	private static void assertPlainPage(Browser browser, String path, String title, String sentence) {
		browser.open(path);
		assertThat(browser.text(By.cssSelector("header.top .brand"))).as(path).isEqualTo("Leeway");
		assertThat(browser.text(By.cssSelector("#error-page h1"))).as(path).isEqualTo(title);
		assertThat(browser.text(By.id("error-message"))).as(path).contains(sentence);
		assertThat(browser.text(By.id("back-to-mine"))).as(path).isEqualTo("Back to my requests");
		assertThat(browser.text(By.id("start-page"))).as(path).isEqualTo("Go to the start page");
		String source = browser.driver().getPageSource();
		assertThat(source).as(path).doesNotContain("Whitelabel", "{\"", "Exception");
		Object fits = ((JavascriptExecutor) browser.driver())
			.executeScript("return document.documentElement.scrollWidth <= window.innerWidth;");
		assertThat(fits).as(path + " fits 390 px without scrolling sideways").isEqualTo(Boolean.TRUE);
	}

	private static void assertErrorPage(HttpResponse<String> answer, int status) {
		String path = answer.uri().getPath();
		assertThat(answer.statusCode()).as(path).isEqualTo(status);
		assertThat(answer.headers().firstValue("Content-Type")).as(path)
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
		assertThat(answer.body()).as(path)
			.contains("id=\"error-page\"", "class=\"brand\"", "Go to the start page")
			.doesNotContain("Whitelabel", "{\"", "Exception");
	}

	/** A browser without JavaScript that asks for pages as browsers do, keeping its session cookie. */
	private record Page(HttpClient http, String baseUrl) {

		private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

		static Page signedIn(int port, String user) throws IOException, InterruptedException {
			Page page = new Page(HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
					"http://localhost:" + port);
			Matcher csrf = CSRF.matcher(page.get("/login").body());
			assertThat(csrf.find()).isTrue();
			String form = "username=" + user + "&password=" + user + "&_csrf="
					+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
			HttpResponse<String> signIn = page.http.send(HttpRequest.newBuilder(URI.create(page.baseUrl + "/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to)
				.doesNotContain("error"));
			return page;
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
				.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
				.GET()
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

}
