package com.leeway.review;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
 * The service review over real HTTP on a history seeded through the API with the clock moved: its figures equal
 * what this test counts itself from what it seeded; the page's tables and their CSV and Excel downloads hold the
 * same rows; managers see their own department only, requesters and strangers nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.follow-up.interval=1h", "leeway.mail.interval=1h", "leeway.clock.adjustable=true",
				"leeway.review.mail-cron=0 0 7 1 1 *" })
@ActiveProfiles("test")
class ServiceReviewIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	/** Monday 1 September 2031, 09:00 UTC. */
	static final Instant SEPTEMBER = Instant.parse("2031-09-01T09:00:00Z");

	/** Wednesday 1 October 2031, 09:00 UTC. */
	static final Instant OCTOBER = Instant.parse("2031-10-01T09:00:00Z");

	/** When the review is read: Friday 10 October 2031. */
	static final Instant NOW = Instant.parse("2031-10-10T09:00:00Z");

	static final String PERIOD = "from=2031-09-01&to=2031-10-31";

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	LeewayApi api;

	/** What the test seeded, as it knows it. */
	record Seed(long id, String department, String standard, String product, String month, String category,
			Instant expiresAt) {
	}

	/** A wait that was answered: what it waited for, when it began, when it was answered. */
	record Answered(long id, String department, String kind, Instant since, Instant at) {
	}

	final List<Seed> seeds = new ArrayList<>();

	final List<Answered> answered = new ArrayList<>();

	final List<int[]> ratings = new ArrayList<>();

	final List<Long> renewedTwice = new ArrayList<>();

	@BeforeEach
	void connect() {
		api = new LeewayApi(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theFiguresEqualWhatWasSeededAndEveryTableEqualsItsDownloadsAndManagersSeeOnlyTheirDepartment() throws Exception {
		seedHistory();
		clock.setTo(NOW);

		Response marketing = api.get("maria", "/api/v1/review?" + PERIOD);
		assertThat(marketing.status()).as(String.valueOf(marketing.json())).isEqualTo(200);
		assertFigures(marketing.json(), "Marketing");
		assertThat(marketing.json().path("department").asString()).isEqualTo("Marketing");

		Response all = api.get("ian", "/api/v1/review?" + PERIOD);
		assertThat(all.status()).isEqualTo(200);
		assertFigures(all.json(), null);
		assertThat(api.get("ian", "/api/v1/review?" + PERIOD + "&department=Marketing").json().toString())
			.isEqualTo(marketing.json().toString());
		assertThat(api.get("admin", "/api/v1/review?" + PERIOD + "&department=Finance").status()).isEqualTo(200);

		// A manager's own department only, whatever they ask for; requesters and nobody get nothing.
		Response other = api.get("maria", "/api/v1/review?" + PERIOD + "&department=Finance");
		assertThat(other.status()).isEqualTo(403);
		assertThat(other.json().path("detail").asString()).contains("Finance");
		assertThat(api.get("maria", "/api/v1/review?" + PERIOD + "&department=marketing").status()).isEqualTo(200);
		assertThat(api.get("alice", "/api/v1/review?" + PERIOD).status()).isEqualTo(403);
		assertThat(api.get(null, "/api/v1/review?" + PERIOD).status()).isEqualTo(401);
		Response badDate = api.get("ian", "/api/v1/review?from=yesterday");
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(badDate.json().toString()).contains("from");
		assertThat(api.get("ian", "/api/v1/review?from=2031-10-01&to=2031-09-01").status()).isEqualTo(400);

		// The page: every table equals its CSV and its Excel download, row for row.
		FormClient maria = new FormClient(port);
		maria.signIn("maria", "maria");
		HttpResponse<String> page = maria.get("/review?" + PERIOD);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<svg", "id=\"chart-standards\"", "id=\"chart-outcomes\"");
		for (String part : ReviewTables.PARTS) {
			List<List<String>> table = ReviewTestSupport.tableRows(page.body(), "table-" + part);
			List<List<String>> csv = ReviewTestSupport.csvRows(download("maria", part, "csv"));
			assertThat(csv).as(part).isEqualTo(table);
			assertThat(xlsxRows(downloadBytes("maria", part, "xlsx"))).as(part).isEqualTo(table);
		}
		List<List<String>> standards = ReviewTestSupport.tableRows(page.body(), "table-standards");
		assertThat(standards.get(0)).containsSubsequence("2031-09", "2031-10");
		assertThat(maria.get("/review?" + PERIOD + "&department=Finance").statusCode()).isEqualTo(403);
		assertThat(download("maria", "nothing", "csv")).isEmpty();
		assertThat(status("maria", "/review/export?part=standards&format=pdf")).isEqualTo(400);
		assertThat(status("maria", "/review/export?part=standards&format=csv&department=Finance")).isEqualTo(403);
		assertThat(status("alice", "/review/export?part=standards&format=csv")).isEqualTo(403);
		FormClient alice = new FormClient(port);
		alice.signIn("alice", "alice");
		assertThat(alice.get("/review").statusCode()).isEqualTo(403);
		assertThat(new FormClient(port).get("/review").statusCode()).isEqualTo(302);
	}

	private void assertFigures(JsonNode review, String department) {
		List<Seed> mine = seeds.stream().filter(seed -> department == null || seed.department().equals(department)).toList();
		List<String> months = List.of("2031-09", "2031-10");
		assertThat(strings(review.path("months"))).isEqualTo(months);

		// Requests per standard and month.
		Map<String, List<Integer>> expectedPerStandard = new LinkedHashMap<>();
		for (Seed seed : mine) {
			List<Integer> counts = expectedPerStandard.computeIfAbsent(seed.standard(), key -> new ArrayList<>(List.of(0, 0)));
			counts.set(months.indexOf(seed.month()), counts.get(months.indexOf(seed.month())) + 1);
		}
		Map<String, List<Integer>> perStandard = new LinkedHashMap<>();
		review.path("requestsPerStandard").forEach(count -> perStandard.put(count.path("standardKey").asString(),
				ints(count.path("perMonth"))));
		assertThat(perStandard).isEqualTo(expectedPerStandard);

		// Products outside the standards: Notion and Figma (any spelling), not the listed ones.
		Map<String, Integer> expectedOutside = mine.stream()
			.filter(seed -> List.of("notion", "figma").contains(seed.product()))
			.collect(Collectors.groupingBy(seed -> seed.standard() + "/" + seed.product(), Collectors.summingInt(seed -> 1)));
		Map<String, Integer> outside = new LinkedHashMap<>();
		review.path("requestsPerProductOutsideStandards").forEach(count -> outside.put(
				count.path("standardKey").asString() + "/" + count.path("product").asString().trim().toLowerCase(),
				count.path("total").asInt()));
		assertThat(outside).isEqualTo(expectedOutside);

		// Outcomes.
		JsonNode outcomes = review.path("outcomes");
		assertThat(outcomes.path("total").asInt()).isEqualTo(mine.size());
		for (String category : List.of("approvedByRules", "deniedByRules", "approvedByPeople", "deniedByPeople",
				"waiting", "withdrawn")) {
			assertThat(outcomes.path(category).asInt()).as(category)
				.isEqualTo((int) mine.stream().filter(seed -> seed.category().equals(category)).count());
		}

		// Verdicts per rule: the findings of the seeded requests as the API shows them.
		Map<String, List<Integer>> expectedRules = new java.util.TreeMap<>();
		for (Seed seed : mine) {
			for (JsonNode finding : api.get("ian", REQUESTS + "/" + seed.id()).json().path("ruling").path("findings")) {
				List<Integer> counts = expectedRules.computeIfAbsent(finding.path("rule").asString(),
						rule -> new ArrayList<>(List.of(0, 0, 0, 0)));
				String verdict = finding.path("verdict").isNull() || finding.path("verdict").isMissingNode() ? ""
						: finding.path("verdict").asString();
				int index = switch (verdict) {
					case "APPROVE" -> 0;
					case "DENY" -> 1;
					case "ESCALATE" -> 2;
					default -> 3;
				};
				counts.set(index, counts.get(index) + 1);
			}
		}
		Map<String, List<Integer>> rules = new java.util.TreeMap<>();
		review.path("outcomesPerRule").forEach(rule -> rules.put(rule.path("rule").asString(), List.of(
				rule.path("approve").asInt(), rule.path("deny").asInt(), rule.path("escalate").asInt(),
				rule.path("note").asInt())));
		assertThat(rules).isEqualTo(expectedRules);

		// Response times against the service levels (review 1, decision 3 working days).
		Map<String, JsonNode> times = new LinkedHashMap<>();
		review.path("responseTimes").forEach(time -> times.put(time.path("kind").asString(), time));
		assertThat(times.get("ACKNOWLEDGEMENT").path("answered").asInt()).isEqualTo(mine.size());
		assertThat(times.get("ACKNOWLEDGEMENT").path("onTime").asInt()).isEqualTo(mine.size());
		for (String kind : List.of("REVIEW", "DECISION")) {
			List<Answered> waits = answered.stream()
				.filter(wait -> wait.kind().equals(kind) && (department == null || wait.department().equals(department)))
				.toList();
			int days = kind.equals("REVIEW") ? 1 : 3;
			long onTime = waits.stream().filter(wait -> wait.at().isBefore(workingDaysAfter(wait.since(), days))).count();
			assertThat(times.get(kind).path("answered").asInt()).as(kind).isEqualTo(waits.size());
			assertThat(times.get(kind).path("onTime").asInt()).as(kind).isEqualTo((int) onTime);
			assertThat(times.get(kind).path("targetWorkingDays").asInt()).isEqualTo(days);
		}
		// Still waiting: the October escalation of Marketing, due five days before the review is read.
		long overdue = mine.stream().filter(seed -> seed.category().equals("waiting")).count();
		assertThat(review.path("overdueNow").asInt()).isEqualTo((int) overdue);

		// Satisfaction (only Marketing's requester answered).
		List<int[]> given = department == null || department.equals("Marketing") ? ratings : List.of();
		JsonNode satisfaction = review.path("satisfaction");
		assertThat(satisfaction.path("answers").asInt()).isEqualTo(given.size());
		List<Integer> distribution = new ArrayList<>(List.of(0, 0, 0, 0, 0));
		given.forEach(rating -> distribution.set(rating[0] - 1, distribution.get(rating[0] - 1) + 1));
		assertThat(ints(satisfaction.path("distribution"))).isEqualTo(distribution);
		double average = given.stream().mapToInt(rating -> rating[0]).average().orElse(0);
		assertThat(satisfaction.path("average").asDouble()).isCloseTo(average, org.assertj.core.data.Offset.offset(0.01));
		assertThat(satisfaction.path("comments").size()).isEqualTo((int) given.stream().filter(rating -> rating[1] == 1).count());
		assertThat(satisfaction.path("trend").get(0).path("answers").asInt()).isEqualTo(given.size());
		assertThat(review.path("feedback").size()).isEqualTo(department == null || department.equals("Marketing") ? 1 : 0);

		// Renewals, active exceptions and those ending within 30 days, as they stand now.
		assertThat(review.path("renewals").size())
			.isEqualTo((int) mine.stream().filter(seed -> renewedTwice.contains(seed.id())).count());
		int active = 0;
		for (JsonNode count : review.path("activeExceptions")) {
			active += count.path("count").asInt();
		}
		List<Seed> granted = new ArrayList<>();
		for (Seed seed : mine) {
			JsonNode now = api.get("ian", REQUESTS + "/" + seed.id()).json();
			if (now.path("status").asString().equals("APPROVED") && Instant.parse(now.path("expiresAt").asString()).isAfter(NOW)) {
				granted.add(new Seed(seed.id(), seed.department(), seed.standard(), seed.product(), seed.month(),
						seed.category(), Instant.parse(now.path("expiresAt").asString())));
			}
		}
		assertThat(active).isEqualTo(granted.size());
		assertThat(review.path("expiringSoon").size()).isEqualTo(
				(int) granted.stream().filter(seed -> !seed.expiresAt().isAfter(NOW.plus(Duration.ofDays(30)))).count());
	}

	/** The test's own working-day count: Monday to Friday, UTC. */
	static Instant workingDaysAfter(Instant from, int days) {
		ZonedDateTime at = from.atZone(ZoneOffset.UTC);
		int added = 0;
		while (added < days) {
			at = at.plusDays(1);
			if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return at.toInstant();
	}

	private void seedHistory() {
		clock.setTo(SEPTEMBER);
		long libre = submit("alice", requestBody("WORD_PROCESSING", "LibreOffice", 30, 1, "INTERNAL"), "APPROVED",
				"approvedByRules");
		submit("alice", requestBody("FILE_SHARING", "WeTransfer", 30, 1, "INTERNAL"), "DENIED", "deniedByRules");
		long notionApproved = submit("alice", requestBody("COLLABORATION_SAAS", "Notion", 90, 5, "CONFIDENTIAL"),
				"ESCALATED", "approvedByPeople");
		long notionDenied = submit("alice", requestBody("COLLABORATION_SAAS", "  notion ", 60, 25, "INTERNAL"),
				"ESCALATED", "deniedByPeople");
		long figmaApproved = submit("alice", requestBody("COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL"),
				"IN_REVIEW", "approvedByPeople");
		long figmaSentUp = submit("alice", requestBody("COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL"),
				"IN_REVIEW", "approvedByPeople");
		long figmaWithdrawn = submit("alice", requestBody("COLLABORATION_SAAS", "FIGMA", 150, 12, "INTERNAL"),
				"IN_REVIEW", "withdrawn");
		long financeNotion = submit("bob", requestBody("COLLABORATION_SAAS", "Notion", 90, 5, "CONFIDENTIAL"),
				"ESCALATED", "approvedByPeople");

		clock.setTo(SEPTEMBER.plus(Duration.ofMinutes(30)));
		decide("ian", figmaApproved, "APPROVE", "REVIEW", SEPTEMBER);
		assertThat(api.post("alice", REQUESTS + "/" + figmaWithdrawn + "/withdrawal", null).status()).isEqualTo(200);
		clock.setTo(SEPTEMBER.plus(Duration.ofDays(1)));
		decide("maria", notionApproved, "APPROVE", "DECISION", SEPTEMBER);
		decide("frank", financeNotion, "APPROVE", "DECISION", SEPTEMBER);
		rate(notionApproved, 4, null);
		clock.setTo(SEPTEMBER.plus(Duration.ofDays(2)));
		decide("ian", figmaSentUp, "ESCALATE", "REVIEW", SEPTEMBER);
		clock.setTo(SEPTEMBER.plus(Duration.ofDays(3)));
		decide("maria", figmaSentUp, "APPROVE", "DECISION", SEPTEMBER.plus(Duration.ofDays(2)));
		clock.setTo(SEPTEMBER.plus(Duration.ofDays(7)));
		decide("maria", notionDenied, "DENY", "DECISION", SEPTEMBER);
		rate(notionDenied, 1, "I needed it for the agency and waited a week.");
		rate(figmaApproved, 5, "Quick and clear.");
		assertThat(api.post("alice", "/api/v1/feedback", Map.of("text", "The form could explain data classes better."))
			.status()).isIn(200, 201);

		// Renewed twice: a standing need.
		clock.setTo(SEPTEMBER.plus(Duration.ofDays(8)));
		long renewed = renew(libre, 200);
		long twice = renew(renewed, 300);
		assertThat(api.get("alice", REQUESTS + "/" + twice).json().path("renewalCount").asInt()).isEqualTo(2);
		renewedTwice.add(twice);

		clock.setTo(OCTOBER);
		submit("alice", requestBody("COLLABORATION_SAAS", "Notion", 90, 5, "CONFIDENTIAL"), "ESCALATED", "waiting");
		submit("alice", requestBody("WORD_PROCESSING", "LibreOffice", 20, 1, "INTERNAL"), "APPROVED", "approvedByRules");
	}

	private long submit(String user, Map<String, Object> body, String expectedStatus, String category) {
		Response response = api.post(user, REQUESTS, body);
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(201);
		assertThat(response.text("status")).as(String.valueOf(response.json())).isEqualTo(expectedStatus);
		record(response, category);
		return response.id();
	}

	private void record(Response response, String category) {
		JsonNode json = response.json();
		Instant submitted = Instant.parse(json.path("submittedAt").asString());
		String expires = json.path("expiresAt").isMissingNode() || json.path("expiresAt").isNull() ? null
				: json.path("expiresAt").asString();
		seeds.add(new Seed(response.id(), json.path("department").asString(), json.path("standardKey").asString(),
				json.path("product").asString().trim().toLowerCase(), submitted.toString().substring(0, 7), category,
				expires == null ? null : Instant.parse(expires)));
	}

	private void decide(String user, long id, String decision, String kind, Instant waitingSince) {
		Response response = api.post(user, REQUESTS + "/" + id + "/decision",
				Map.of("decision", decision, "justification", "Decided for the service review test: " + decision));
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(200);
		answered.add(new Answered(id, response.json().path("department").asString(), kind, waitingSince, clock.instant()));
		String expires = response.json().path("expiresAt").isMissingNode() ? null : response.json().path("expiresAt").asString();
		if (expires != null && !expires.isEmpty() && !"null".equals(expires)) {
			seeds.replaceAll(seed -> seed.id() == id ? new Seed(id, seed.department(), seed.standard(), seed.product(),
					seed.month(), seed.category(), Instant.parse(expires)) : seed);
		}
	}

	private void rate(long id, int rating, String comment) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("rating", rating);
		if (comment != null) {
			body.put("comment", comment);
		}
		Response response = api.post("alice", REQUESTS + "/" + id + "/satisfaction", body);
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(200);
		ratings.add(new int[] { rating, comment == null ? 0 : 1 });
	}

	private long renew(long id, int days) {
		Response response = api.post("alice", REQUESTS + "/" + id + "/renewal",
				Map.of("whatChanged", "Still needed by the same team.", "durationDays", days));
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(201);
		assertThat(response.text("status")).isEqualTo("APPROVED");
		record(response, "approvedByRules");
		return response.id();
	}

	private String download(String user, String part, String format) {
		HttpResponse<byte[]> response = get(user, "/review/export?part=" + part + "&format=" + format + "&" + PERIOD);
		if (response.statusCode() != 200) {
			return "";
		}
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
		assertThat(response.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		return new String(response.body(), StandardCharsets.UTF_8);
	}

	private byte[] downloadBytes(String user, String part, String format) {
		HttpResponse<byte[]> response = get(user, "/review/export?part=" + part + "&format=" + format + "&" + PERIOD);
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

	private int status(String user, String path) {
		return get(user, path).statusCode();
	}

	private final Map<String, ReviewTestSupport.SignedIn> signedIn = new LinkedHashMap<>();

	private HttpResponse<byte[]> get(String user, String path) {
		return signedIn.computeIfAbsent(user, name -> new ReviewTestSupport.SignedIn(port, name)).get(path);
	}

	static List<List<String>> xlsxRows(byte[] xlsx) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			for (Row row : sheet) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < row.getLastCellNum(); i++) {
					cells.add(row.getCell(i) == null ? "" : row.getCell(i).getStringCellValue());
				}
				rows.add(cells);
			}
		}
		return rows;
	}

	static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asString()));
		return values;
	}

	static List<Integer> ints(JsonNode array) {
		List<Integer> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asInt()));
		return values;
	}

}
