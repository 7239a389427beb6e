package com.leeway.request;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;
import com.leeway.PageSession;

import tools.jackson.databind.JsonNode;

/**
 * Finding requests over HTTP: the search in any case, filters by choice, every column sorting both ways with the id
 * breaking ties, date ranges, exports holding exactly the list's rows in its order, saved filters each person's
 * own, and who may see which list (right role, wrong role, nobody).
 */
// A database of its own (the property only makes this context, and so its in-memory database, its own): the
// tests compare whole lists with the requests they made, which other test classes' requests would disturb.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "leeway.test.own-database=finding")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingRequestsIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	static final List<String> SORT_KEYS = List.of("reference", "product", "standard", "requester", "department",
			"submitted", "status", "validUntil");

	@LocalServerPort
	int port;

	@Autowired
	java.time.Clock clock;

	LeewayApi api;

	@BeforeAll
	void someRequestsFromTwoDepartments() {
		api = new LeewayApi(port);
		submit("alice", requestBody("WORD_PROCESSING", "Zebra Notes", 90, 3, "INTERNAL"));
		submit("alice", requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL"));
		submit("alice", requestBody("COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL"));
		submit("bob", requestBody("FILE_SHARING", "WeTransfer", 30, 2, "INTERNAL"));
		submit("bob", requestBody("WORD_PROCESSING", "WordPerfect", 90, 3, "INTERNAL"));
		Map<String, Object> withReason = requestBody("WORD_PROCESSING", "Scrivener", 90, 3, "INTERNAL");
		withReason.put("justification", "Our novelists need the CORKBOARD view for long manuscripts.");
		submit("bob", withReason);
	}

	void submit(String user, Map<String, Object> body) {
		Response response = api.post(user, REQUESTS, body);
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(201);
	}

	List<String> products(String user, String query) {
		Response response = api.get(user, REQUESTS + "?size=200&" + query);
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(200);
		List<String> products = new ArrayList<>();
		response.json().path("content").forEach(request -> products.add(request.path("product").asString()));
		return products;
	}

	List<String> references(String user, String query) {
		Response response = api.get(user, REQUESTS + "?size=200&" + query);
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(200);
		List<String> references = new ArrayList<>();
		for (JsonNode request : response.json().path("content")) {
			references.add(request.path("reference").asString());
		}
		return references;
	}

	@Test
	void findsARequestByItsProductInAnyCase() {
		assertThat(products("ian", "q=zEbRa")).containsExactly("Zebra Notes");
		assertThat(products("ian", "q=ZEBRA%20notes")).containsExactly("Zebra Notes");
	}

	@Test
	void findsRequestsByTheRequestersNameTheStandardAndTheJustification() {
		assertThat(products("ian", "q=bob%20keller")).containsExactlyInAnyOrder("WeTransfer", "WordPerfect", "Scrivener");
		assertThat(products("ian", "q=corkboard")).containsExactly("Scrivener");
		assertThat(products("ian", "q=file%20shar")).containsExactly("WeTransfer");
	}

	@Test
	void findsARequestByItsReference() {
		String reference = references("ian", "q=Zebra").get(0);
		assertThat(products("ian", "q=" + reference.toLowerCase())).contains("Zebra Notes");
	}

	@Test
	void searchesOnlyWithinWhatThePersonMaySee() {
		assertThat(products("alice", "q=wordperfect")).isEmpty();
		assertThat(products("bob", "q=wordperfect")).containsExactly("WordPerfect");
	}

	@Test
	void aSearchForWildcardsLooksForThemLiterally() {
		assertThat(products("ian", "q=%25")).isEmpty();
		assertThat(products("ian", "q=_")).isEmpty();
	}

	@Test
	void filtersByDepartmentInAnyCase() {
		assertThat(products("ian", "department=marketing")).containsExactlyInAnyOrder("Zebra Notes", "Notion", "Figma");
		assertThat(products("ian", "department=FINANCE")).containsExactlyInAnyOrder("WeTransfer", "WordPerfect",
				"Scrivener");
	}

	@Test
	void filtersByStatusAndStandard() {
		assertThat(products("ian", "status=ESCALATED&standardKey=COLLABORATION_SAAS")).containsExactly("Notion");
	}

	@Test
	void everyColumnSortsBothWaysWithTheIdBreakingTies() {
		for (String key : SORT_KEYS) {
			List<String> ascending = references("ian", "sort=" + key);
			List<String> descending = references("ian", "sort=-" + key);
			assertThat(ascending).as(key).hasSize(6);
			assertThat(descending).as(key).isEqualTo(reversed(ascending));
		}
		assertThat(products("ian", "sort=product")).containsExactly("Figma", "Notion", "Scrivener", "WeTransfer",
				"WordPerfect", "Zebra Notes");
		assertThat(products("ian", "sort=-product")).startsWith("Zebra Notes");
		assertThat(products("ian", "sort=department").subList(0, 3)).containsExactlyInAnyOrder("WeTransfer",
				"WordPerfect", "Scrivener");
	}

	@Test
	void refusesASortByAnythingButAColumn() {
		Response response = api.get("ian", REQUESTS + "?sort=justification");
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().toString()).contains("sort");
		assertThat(api.get("ian", REQUESTS + "?sort=id;drop").status()).isEqualTo(400);
	}

	@Test
	void filtersByDaysOfSubmissionBothEndsIncluded() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		assertThat(products("ian", "from=" + today + "&to=" + today)).hasSize(6);
		assertThat(products("ian", "to=" + today.minusDays(1))).isEmpty();
		assertThat(products("ian", "from=" + today.plusDays(1))).isEmpty();
	}

	@Test
	void filtersGrantedExceptionsByValidUntil() {
		LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
		List<String> granted = products("ian", "status=APPROVED");
		assertThat(granted).isNotEmpty();
		assertThat(products("ian", "validFrom=" + today + "&validTo=" + today.plusYears(2)))
			.containsExactlyInAnyOrderElementsOf(granted);
		assertThat(products("ian", "validTo=" + today)).isEmpty();
	}

	@Test
	void refusesADateThatIsNotOneOrARangeBackwards() {
		Response notADate = api.get("ian", REQUESTS + "?from=yesterday");
		assertThat(notADate.status()).isEqualTo(400);
		assertThat(notADate.json().toString()).contains("from");
		Response backwards = api.get("ian", REQUESTS + "?from=2026-05-02&to=2026-05-01");
		assertThat(backwards.status()).isEqualTo(400);
		assertThat(backwards.json().toString()).contains("to");
	}

	@Test
	void theExportHoldsExactlyTheRowsOfTheListInItsOrder() throws IOException {
		String query = "q=o&sort=-product";
		List<String> listed = references("ian", query);
		assertThat(listed).hasSizeGreaterThan(2);

		HttpResponse<byte[]> csv = apiDownload("ian", REQUESTS + "/export?format=csv&" + query);
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).replace("\uFEFF", "").lines().toList();
		assertThat(lines.get(0)).isEqualTo("Reference,Product,Standard,Requester,Department,Sent,Status,Valid until");
		assertThat(lines.subList(1, lines.size()).stream().map(line -> line.split(",")[0]).toList())
			.isEqualTo(listed);

		HttpResponse<byte[]> xlsx = apiDownload("ian", REQUESTS + "/export?format=xlsx&" + query);
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			Sheet sheet = workbook.getSheetAt(0);
			List<String> exported = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0) {
					exported.add(row.getCell(0).getStringCellValue());
				}
			}
			assertThat(exported).isEqualTo(listed);
			assertThat(sheet.getRow(1).getCell(6).getStringCellValue()).doesNotContain("_");
		}
	}

	@Test
	void thePageExportSpeaksTheReadersLanguageAndHoldsThePagesRows() {
		PageSession ian = PageSession.signInAs(port, "ian");
		String page = ian.get("/it/requests?department=Finance&sort=product").body();
		assertThat(page).contains("WeTransfer").doesNotContain("Zebra Notes");
		String csv = new String(ian.download("/it/requests/export?format=csv&department=Finance&sort=product").body(),
				StandardCharsets.UTF_8);
		assertThat(csv.lines().skip(1).map(line -> line.split(",")[1]).toList())
			.containsExactly("Scrivener", "WeTransfer", "WordPerfect");
		assertThat(csv).contains("Approved").doesNotContain("APPROVED");
	}

	@Test
	void aRequestersOwnExportHoldsOnlyTheirRequests() {
		String csv = new String(PageSession.signInAs(port, "alice").download("/requests/mine/export?format=csv").body(),
				StandardCharsets.UTF_8);
		assertThat(csv.lines().toList()).hasSize(4);
		assertThat(csv).contains("Zebra Notes").doesNotContain("WeTransfer");
		assertThat(csv.lines().findFirst().orElseThrow()).doesNotContain("Requester").contains("With whom, by when");
		String api = new String(apiDownload("alice", REQUESTS + "/export?format=csv").body(),
				StandardCharsets.UTF_8);
		assertThat(api).contains("Zebra Notes").doesNotContain("WeTransfer");
	}

	@Test
	void refusesAnUnknownExportFormat() {
		assertThat(apiDownload("ian", REQUESTS + "/export?format=pdf").statusCode())
			.isEqualTo(400);
	}

	@Test
	void myRequestsShowValidUntilAndWhoHoldsEachByWhenButNoRequesterColumn() {
		String page = PageSession.signInAs(port, "alice").get("/requests/mine").body();
		assertThat(page).contains("Valid until").contains("With whom, by when").contains("Maria Rossi")
			.doesNotContain(">Requester<");
	}

	@Test
	void theListOffersClearingFiltersOnlyWhenFiltered() {
		PageSession ian = PageSession.signInAs(port, "ian");
		assertThat(ian.get("/it/requests").body()).doesNotContain("id=\"clear-filters\"");
		String filtered = ian.get("/it/requests?q=nothing-matches-this").body();
		assertThat(filtered).contains("id=\"clear-filters\"").contains("Clear filters");
	}

	@Test
	void everyColumnHeadingOfTheListSortsIt() {
		PageSession ian = PageSession.signInAs(port, "ian");
		for (String key : SORT_KEYS) {
			PageSession.Page page = ian.get("/it/requests?sort=" + key);
			assertThat(page.status()).as(key).isEqualTo(200);
			assertThat(page.body()).contains("id=\"sort-" + key + "\"");
		}
		assertThat(ian.get("/it/requests?sort=password").status()).isEqualTo(400);
	}

	@Test
	void aSavedFilterIsItsOwnersOnly() {
		PageSession alice = PageSession.signInAs(port, "alice");
		alice.get("/requests/mine");
		PageSession.Page saved = alice.post("/saved-filters",
				Map.of("list", "mine", "name", "My zebras", "query", "q=zebra&sort=-product"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.location()).endsWith("/requests/mine?q=zebra&sort=-product");
		String page = alice.get("/requests/mine").body();
		assertThat(page).contains("My zebras");
		java.util.regex.Matcher link = java.util.regex.Pattern.compile("/saved-filters/(\\d+)\"").matcher(page);
		assertThat(link.find()).isTrue();
		String id = link.group(1);
		assertThat(alice.get("/saved-filters/" + id).location()).endsWith("/requests/mine?q=zebra&sort=-product");

		PageSession bob = PageSession.signInAs(port, "bob");
		assertThat(bob.get("/requests/mine").body()).doesNotContain("My zebras");
		assertThat(bob.get("/saved-filters/" + id).status()).isEqualTo(404);
		assertThat(bob.post("/saved-filters/" + id + "/deletion", Map.of()).status()).isEqualTo(404);
		assertThat(PageSession.anonymous(port).get("/saved-filters/" + id).status()).isEqualTo(302);

		alice.get("/requests/mine");
		assertThat(alice.post("/saved-filters/" + id + "/deletion", Map.of()).status()).isEqualTo(302);
		assertThat(alice.get("/requests/mine").body()).doesNotContain("/saved-filters/" + id + "\"");
	}

	@Test
	void theListsAreForTheirRolesOnly() {
		assertThat(PageSession.signInAs(port, "ian").get("/it/requests").status()).isEqualTo(200);
		assertThat(PageSession.signInAs(port, "alice").get("/it/requests").status()).isEqualTo(403);
		assertThat(PageSession.signInAs(port, "alice").get("/it/requests/export?format=csv").status()).isEqualTo(403);
		assertThat(PageSession.anonymous(port).get("/it/requests").status()).isEqualTo(302);
		assertThat(PageSession.anonymous(port).get("/requests/mine/export").status()).isEqualTo(302);
		assertThat(api.get(null, REQUESTS + "/export?format=csv").status()).isEqualTo(401);
		assertThat(PageSession.signInAs(port, "maria").get("/manager/inbox?q=notion&sort=-waiting").body())
			.contains("Notion");
		assertThat(PageSession.signInAs(port, "maria").get("/manager/inbox?q=figma").body()).doesNotContain("Notion");
		assertThat(PageSession.signInAs(port, "ian").get("/it/review?q=figma&sort=product").body()).contains("Figma");
		assertThat(PageSession.signInAs(port, "alice").get("/it/review").status()).isEqualTo(403);
	}

	/** A download from the API, signed in with HTTP Basic as other systems do. */
	HttpResponse<byte[]> apiDownload(String user, String path) {
		try {
			return java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
					.header("Authorization", "Basic " + java.util.Base64.getEncoder()
						.encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static List<String> reversed(List<String> list) {
		List<String> copy = new ArrayList<>(list);
		java.util.Collections.reverse(copy);
		return copy;
	}

}
