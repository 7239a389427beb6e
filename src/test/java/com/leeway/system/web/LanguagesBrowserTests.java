package com.leeway.system.web;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.Browser;
import com.leeway.FormClient;
import com.leeway.LeewayApi;

/**
 * Each person reads Leeway in their language. Signed in as every kind of person with a German browser, every page
 * they can reach from the navigation (and the pages those link to) is in German: the page says it is German, its
 * title is a German message, and no message key is missing ({@code ??key??}). The same walk in English. A person's
 * own choice at the foot of the page outlasts signing out; the API answers in the language the caller asks for.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LanguagesBrowserTests {

	/** One of each kind of person: requester, manager, IT staff, administrator. */
	private static final List<String> PEOPLE = List.of("alice", "maria", "ian", "admin");

	private static final int MAX_PAGES = 40;

	@LocalServerPort
	int port;

	@BeforeEach
	void somethingToSee() {
		LeewayApi api = new LeewayApi(port);
		Map<String, Object> costly = requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL");
		costly.put("estimatedCost", 1200);
		api.post("alice", "/api/v1/exception-requests", costly); // to maria
		api.post("alice", "/api/v1/exception-requests", requestBody("COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL"));
		api.post("alice", "/api/v1/exception-requests", requestBody("WORD_PROCESSING", "WordPerfect", 90, 3, "INTERNAL"));
	}

	@Test
	void everyPageEveryoneReachesIsInGermanForAGermanBrowser() throws IOException {
		walkEveryonesPages("de-DE,de;q=0.9,en;q=0.5", "de");
	}

	@Test
	void everyPageEveryoneReachesIsInEnglishForAnEnglishBrowser() throws IOException {
		walkEveryonesPages("en-US,en", "en");
	}

	@Test
	void aPersonsOwnChoiceOfLanguageOutlastsSigningOut() throws IOException {
		Properties german = MessageBundlesTests.bundle("messages_de.properties");
		try (Browser browser = new Browser(port, "en-US,en")) {
			browser.signInAs("bob");
			browser.open("/standards");
			assertThat(browser.driver().getTitle()).isEqualTo("Standards");
			assertThat(browser.text(By.cssSelector("h1"))).isEqualTo("The company's technology standards");

			browser.click(By.cssSelector("#language-switch button[value=de]"));
			browser.textBecomes(By.cssSelector("h1"), german.getProperty("standards.title"));
			assertThat(browser.currentPath()).isEqualTo("/standards");
			assertThat(language(browser)).isEqualTo("de");

			browser.signInAs("bob");
			browser.open("/standards");
			assertThat(language(browser)).as("the choice is kept with the account").isEqualTo("de");
			assertThat(browser.text(By.cssSelector("h1"))).isEqualTo(german.getProperty("standards.title"));

			browser.click(By.cssSelector("#language-switch button[value=en]"));
			browser.textBecomes(By.cssSelector("h1"), "The company's technology standards");
		}
	}

	@Test
	void aGermanRequesterWritesAndReadsAmountsAndDatesTheGermanWay() {
		try (Browser browser = new Browser(port, "de-DE,de")) {
			browser.signInAs("alice");
			browser.open("/requests/new");
			assertThat(browser.text(By.id("estimatedCost-help"))).startsWith("In Euro,");
			new Select(browser.waitFor(By.id("standardKey"))).selectByValue("WORD_PROCESSING");
			browser.type(By.id("product"), "WordPerfect")
				.type(By.id("justification"), "Unsere Kanzlei schickt .wpd-Dateien, die wir verlustfrei bearbeiten müssen.")
				.type(By.id("durationDays"), "60")
				.type(By.id("usersAffected"), "3")
				.type(By.id("estimatedCost"), "1.200,50");
			browser.click(By.id("submit-request"));

			assertThat(browser.text(By.id("request-status"))).as("a cost this high goes to the manager")
				.isEqualTo("Bei der Führungskraft");
			String facts = browser.text(By.cssSelector("dl.facts"));
			assertThat(facts).contains("1.200,50 €");
			assertThat(facts).containsPattern("\\d{1,2}\\. \\p{L}+\\.? \\d{4}, \\d{2}:\\d{2} UTC");

			browser.open("/no/such/page");
			assertThat(browser.text(By.cssSelector("#error-page h1"))).isEqualTo("Seite nicht gefunden");
			assertThat(browser.text(By.id("start-page"))).isEqualTo("Zur Startseite");
		}
	}

	@Test
	void anyoneMayChooseALanguageLeewaySpeaksWithTheSwitchOnThePage() {
		FormClient nobody = new FormClient(port);
		assertThat(nobody.get("/login").body()).contains("<html lang=\"en\"");
		HttpResponse<String> chosen = nobody.postAgain("/language", Map.of("language", "de"));
		assertThat(chosen.statusCode()).isEqualTo(302);
		assertThat(nobody.get("/login").body()).contains("<html lang=\"de\"").contains("<h1>Bei Leeway anmelden</h1>");

		assertThat(nobody.postAgain("/language", Map.of("language", "fr")).statusCode()).isEqualTo(400);
		assertThat(nobody.postAgain("/language", Map.of()).statusCode()).isEqualTo(400);
		assertThat(new FormClient(port).postAgain("/language", Map.of("language", "de")).statusCode())
			.as("without the page's CSRF token").isEqualTo(403);
	}

	@Test
	void aChoiceMadeBeforeSigningInLastsForTheVisitOnly() {
		FormClient visit = new FormClient(port);
		visit.post("/login", "/language", Map.of("language", "de"));
		visit.signIn("maria", "maria");
		assertThat(visit.get("/requests/mine").body()).contains("<html lang=\"de\"");

		FormClient nextVisit = new FormClient(port);
		nextVisit.signIn("maria", "maria");
		assertThat(nextVisit.get("/requests/mine").body()).as("not kept with maria's account")
			.contains("<html lang=\"en\"");
	}

	@Test
	void theApiAnswersInTheLanguageTheCallerAsksFor() throws Exception {
		HttpResponse<String> german = get("/api/v1/exception-requests/999999", "de");
		assertThat(german.statusCode()).isEqualTo(404);
		assertThat(german.body()).contains("\"title\":\"Nicht gefunden\"")
			.contains("Einen Antrag 999999, den Sie sehen dürfen, gibt es nicht.");
		HttpResponse<String> english = get("/api/v1/exception-requests/999999", null);
		assertThat(english.body()).contains("\"title\":\"Not found\"");
		HttpResponse<String> french = get("/api/v1/exception-requests/999999", "fr-FR,fr");
		assertThat(french.body()).as("a language Leeway does not speak reads in English")
			.contains("\"title\":\"Not found\"");
	}

	private void walkEveryonesPages(String acceptLanguage, String language) throws IOException {
		Properties bundle = MessageBundlesTests.bundle(language.equals("en") ? "messages.properties"
				: "messages_" + language + ".properties");
		Messages titles = new Messages(bundle);
		List<String> problems = new ArrayList<>();
		try (Browser browser = new Browser(port, acceptLanguage)) {
			browser.open("/login");
			check(browser, "/login", language, titles, bundle, problems);
			for (String person : PEOPLE) {
				browser.signInAs(person);
				List<String> walked = walk(browser, person, language, titles, bundle, problems);
				assertThat(walked).as(person + "'s pages").contains("/requests/new", "/requests/mine", "/standards",
						"/account/tokens", "/notifications", "/feedback");
				if (person.equals("ian")) {
					assertThat(walked).as(person + "'s pages").contains("/it/requests", "/it/review", "/rules",
							"/rules/history");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	/** Opens every page a person can reach from their start page, one of each kind, and checks its language. */
	private List<String> walk(Browser browser, String person, String language, Messages titles, Properties bundle,
			List<String> problems) {
		Deque<String> toOpen = new ArrayDeque<>(List.of("/"));
		Set<String> kinds = new TreeSet<>();
		List<String> walked = new ArrayList<>();
		while (!toOpen.isEmpty() && walked.size() < MAX_PAGES) {
			String path = toOpen.poll();
			if (!kinds.add(kindOf(path))) {
				continue;
			}
			browser.open(path);
			walked.add(path);
			check(browser, person + " " + path, language, titles, bundle, problems);
			for (WebElement link : browser.driver().findElements(By.cssSelector("a[href]"))) {
				String local = local(link.getAttribute("href"));
				if (local != null && !kinds.contains(kindOf(local))) {
					toOpen.add(local);
				}
			}
		}
		return walked;
	}

	private static void check(Browser browser, String page, String language, Messages titles, Properties bundle,
			List<String> problems) {
		String source = browser.driver().getPageSource();
		if (source.contains("??")) {
			int at = source.indexOf("??");
			problems.add(page + ": a missing message key near "
					+ source.substring(Math.max(0, at - 40), Math.min(source.length(), at + 60)));
		}
		if (!language.equals(language(browser))) {
			problems.add(page + ": the page says its language is " + language(browser));
		}
		String title = browser.driver().getTitle();
		boolean named = title.matches("EXC-\\d{4}-\\d+") || page.contains("/rules/edit?path=");
		if (!titles.says(title) && !named) {
			problems.add(page + ": the title \"" + title + "\" is not a message of " + language);
		}
		List<WebElement> heading = browser.driver().findElements(By.tagName("h1"));
		if (!heading.isEmpty() && !named && !titles.says(heading.get(0).getText())
				&& !heading.get(0).getText().equals(title)) {
			problems.add(page + ": the heading \"" + heading.get(0).getText() + "\" is not a message of " + language);
		}
		if (!browser.driver().findElements(By.id("error-page")).isEmpty()) {
			problems.add(page + ": an error page: " + browser.text(By.id("error-message")));
		}
		String tagline = browser.text(By.cssSelector("footer span"));
		if (!bundle.getProperty("app.tagline").equals(tagline)) {
			problems.add(page + ": the footer reads \"" + tagline + "\"");
		}
	}

	/** The messages of one language, and whether a text on a page is one of them (its arguments filled in). */
	record Messages(Set<String> plain, List<java.util.regex.Pattern> withArguments) {

		Messages(Properties bundle) {
			this(new HashSet<>(), new ArrayList<>());
			for (String key : bundle.stringPropertyNames()) {
				String message = bundle.getProperty(key);
				if (message.contains("{0")) {
					StringBuilder pattern = new StringBuilder();
					for (String part : message.replace("''", "'").split("\\{\\d[^}]*}", -1)) {
						pattern.append(pattern.isEmpty() ? "" : ".+").append(java.util.regex.Pattern.quote(part));
					}
					withArguments.add(java.util.regex.Pattern.compile(pattern.toString(), java.util.regex.Pattern.DOTALL));
				}
				else {
					plain.add(message);
				}
			}
		}

		boolean says(String text) {
			return plain.contains(text) || withArguments.stream().anyMatch(pattern -> pattern.matcher(text).matches());
		}

	}

	private static String language(Browser browser) {
		return browser.driver().findElement(By.tagName("html")).getAttribute("lang");
	}

	/** The kind of a page: its path with numbers and versions left out, and the names of its parameters. */
	private static String kindOf(String path) {
		String[] parts = path.split("\\?", 2);
		String kind = parts[0].replaceAll("/[0-9a-f]{12,}", "/{version}").replaceAll("/\\d+", "/{id}");
		if (parts.length > 1) {
			Set<String> names = new TreeSet<>();
			for (String parameter : parts[1].split("&")) {
				names.add(parameter.split("=", 2)[0]);
			}
			kind += "?" + String.join("&", names);
		}
		return kind;
	}

	/** The page a link opens, when it is one of Leeway's pages for people; else null. */
	private String local(String href) {
		String base = "http://localhost:" + port;
		if (href == null || !href.startsWith(base + "/")) {
			return null;
		}
		String path = href.substring(base.length()).replaceFirst("#.*$", "");
		for (String notAPage : List.of("/api/", "/swagger", "/v3/", "/actuator", "/logout", "/oauth2", "/css/",
				"/js/")) {
			if (path.startsWith(notAPage)) {
				return null;
			}
		}
		return path;
	}

	private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString("alice:alice".getBytes(StandardCharsets.UTF_8)))
			.GET();
		if (acceptLanguage != null) {
			request.header("Accept-Language", acceptLanguage);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
