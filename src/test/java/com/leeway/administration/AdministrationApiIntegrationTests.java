package com.leeway.administration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.leeway.FormClient;
import com.leeway.LeewayApi;
import com.leeway.system.AdjustableClock;

/**
 * The administration API over real HTTP: only administrators may use it (nobody 401, everybody else 403, every
 * endpoint); people, departments and deputies change as asked, bad input is a 400 naming the field (and the line
 * of a CSV), and every change is recorded with its state before and after.
 */
// A database of its own: the tests count deputies and people, which other test classes would add to.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "leeway.test.own-database=administration")
@ActiveProfiles("test")
class AdministrationApiIntegrationTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String PASSWORD = "violet tuesday harbour";

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	private final String tag = UUID.randomUUID().toString().substring(0, 6);

	static Stream<Arguments> administrationEndpoints() {
		Map<String, Object> person = Map.of("username", "x", "displayName", "X", "email", "x", "role", "REQUESTER",
				"department", "X", "password", "short");
		return Stream.of(Arguments.of("GET", "/api/v1/admin/people", null),
				Arguments.of("GET", "/api/v1/admin/people?q=ali", null),
				Arguments.of("GET", "/api/v1/admin/people/alice", null),
				Arguments.of("POST", "/api/v1/admin/people", person),
				Arguments.of("PATCH", "/api/v1/admin/people/nobody-here", Map.of("role", "ADMIN")),
				Arguments.of("POST", "/api/v1/admin/people/nobody-here/deactivate", null),
				Arguments.of("POST", "/api/v1/admin/people/nobody-here/reactivate", null),
				Arguments.of("POST", "/api/v1/admin/people/import", Map.of("csv", "nothing")),
				Arguments.of("GET", "/api/v1/admin/departments", null),
				Arguments.of("GET", "/api/v1/admin/departments/999999", null),
				Arguments.of("POST", "/api/v1/admin/departments", Map.of("name", "")),
				Arguments.of("PATCH", "/api/v1/admin/departments/999999", Map.of("nextLevel", "admin")),
				Arguments.of("DELETE", "/api/v1/admin/departments/999999", null),
				Arguments.of("GET", "/api/v1/admin/top-level", null),
				Arguments.of("PUT", "/api/v1/admin/top-level", Map.of("username", "nobody-here")),
				Arguments.of("GET", "/api/v1/admin/deputies", null),
				Arguments.of("POST", "/api/v1/admin/deputies", Map.of("manager", "maria")),
				Arguments.of("POST", "/api/v1/admin/deputies/999999/end", null),
				Arguments.of("GET", "/api/v1/admin/changes", null),
				Arguments.of("GET", "/api/v1/admin/changes?person=alice", null));
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("administrationEndpoints")
	void letsOnlyAdministratorsUseTheAdministrationApi(String method, String path, Object body) {
		LeewayApi api = new LeewayApi(port);

		LeewayApi.Response nobody = api.send(null, method, path, body);
		assertThat(nobody.status()).as("nobody").isEqualTo(401);
		assertThat(nobody.contentType()).startsWith("application/problem+json");
		for (String wrongRole : List.of("alice", "maria", "ian")) {
			LeewayApi.Response refused = api.send(wrongRole, method, path, body);
			assertThat(refused.status()).as(wrongRole).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}
		LeewayApi.Response admin = api.send("admin", method, path, body);
		assertThat(admin.status()).as("admin").isNotIn(401, 403, 500).isLessThan(500);
	}

	static Stream<String> administrationPages() {
		return Stream.of("/admin", "/admin/people", "/admin/people/new", "/admin/people/alice",
				"/admin/people/alice/deactivate", "/admin/people/import", "/admin/departments", "/admin/deputies",
				"/admin/audit");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("administrationPages")
	void showsTheAdministrationPagesToAdministratorsOnly(String page) {
		assertThat(new FormClient(port).get(page)).satisfies(nobody -> {
			assertThat(nobody.statusCode()).as("nobody").isEqualTo(302);
			assertThat(nobody.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
		});
		for (String wrongRole : List.of("alice", "maria", "ian")) {
			FormClient client = new FormClient(port);
			client.signIn(wrongRole, wrongRole);
			assertThat(client.get(page).statusCode()).as(wrongRole).isEqualTo(403);
		}
		FormClient admin = new FormClient(port);
		admin.signIn("admin", "admin");
		HttpResponse<String> shown = admin.get(page);
		assertThat(shown.statusCode()).isIn(200, 302);
	}

	@Test
	void showsTheAdministrationPagesInGermanToAGermanBrowser() throws Exception {
		HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
		String base = "http://localhost:" + port;
		String login = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"")
			.matcher(login);
		assertThat(csrf.find()).isTrue();
		browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin&_csrf="
					+ java.net.URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());

		HttpResponse<String> page = browser.send(HttpRequest.newBuilder(URI.create(base + "/admin/people"))
			.header("Accept-Language", "de-DE,de;q=0.9")
			.build(), HttpResponse.BodyHandlers.ofString());

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Personen suchen", "Person hinzufügen", "Abteilung");
	}

	@Test
	void refusesAPageFormPostedByAnyoneButAnAdministrator() {
		FormClient alice = new FormClient(port);
		alice.signIn("alice", "alice");
		HttpResponse<String> answer = alice.post("/requests/mine", "/admin/people/bob/deactivate", Map.of());
		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(new LeewayApi(port).get("admin", "/api/v1/admin/people/bob").json().path("active").asBoolean())
			.isTrue();
	}

	@Test
	void createsALocalAccountThatSignsInAndIsShutOutEverywhereOnceDeactivated() throws Exception {
		String username = "new-" + tag;
		LeewayApi.Response created = new LeewayApi(port).post("admin", "/api/v1/admin/people",
				person(username, "MANAGER", "Sales " + tag, PASSWORD));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.location()).isEqualTo("/api/v1/admin/people/" + username);
		assertThat(created.json().has("passwordHash")).isFalse();
		assertThat(basic(username, PASSWORD, "GET", "/api/v1/standards", null).statusCode()).isEqualTo(200);
		String token = JSON.readTree(basic(username, PASSWORD, "POST", "/api/v1/tokens",
				"{\"name\":\"Reports\"}").body()).path("token").asString();
		assertThat(bearer(token).statusCode()).isEqualTo(200);
		FormClient form = new FormClient(port);
		assertThat(form.signIn(username, PASSWORD).headers().firstValue("Location")).hasValueSatisfying(
				to -> assertThat(to).doesNotContain("error"));
		assertThat(form.get("/requests/mine").statusCode()).isEqualTo(200);

		assertThat(new LeewayApi(port).post("admin", "/api/v1/admin/people/" + username + "/deactivate", null).status())
			.isEqualTo(200);

		assertThat(basic(username, PASSWORD, "GET", "/api/v1/standards", null).statusCode()).isEqualTo(401);
		assertThat(bearer(token).statusCode()).isEqualTo(401);
		HttpResponse<String> open = form.get("/requests/mine");
		assertThat(open.statusCode()).as("the open browser session ends").isEqualTo(302);
		assertThat(open.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
		assertThat(new FormClient(port).signIn(username, PASSWORD).headers().firstValue("Location"))
			.hasValueSatisfying(to -> assertThat(to).contains("error"));

		assertThat(new LeewayApi(port).post("admin", "/api/v1/admin/people/" + username + "/reactivate", null).status())
			.isEqualTo(200);
		assertThat(basic(username, PASSWORD, "GET", "/api/v1/standards", null).statusCode()).isEqualTo(200);
	}

	@Test
	void refusesAPasswordThatBreaksThePasswordRulesNamingTheField() {
		LeewayApi.Response refused = new LeewayApi(port).post("admin", "/api/v1/admin/people",
				person("weak-" + tag, "REQUESTER", "Sales", "weak-" + tag + "-password"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
		assertThat(refused.json().path("errors").get(0).path("message").asString()).contains("user name");
		assertThat(new LeewayApi(port).get("admin", "/api/v1/admin/people/weak-" + tag).status()).isEqualTo(404);
	}

	@Test
	void namesEveryWrongFieldOfAChange() {
		LeewayApi.Response refused = new LeewayApi(port).send("admin", "PATCH", "/api/v1/admin/people/alice",
				Map.of("role", "BOSS", "email", "not an address"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactlyInAnyOrder("role", "email");
	}

	@Test
	void importsEveryPersonOfACsvOrNobodyNamingTheLineAndFieldOfEachProblem() {
		LeewayApi api = new LeewayApi(port);
		String header = "username,displayName,email,role,department,password\n";
		String bad = header + "a-" + tag + ",Anna,anna@example.com,REQUESTER,Sales," + PASSWORD + "\n"
				+ "b-" + tag + ",Ben,not-an-address,REQUESTER,Sales," + PASSWORD + "\n"
				+ "c-" + tag + ",\"Carla, Jr.\",carla@example.com,BOSS,Sales," + PASSWORD + "\n";

		LeewayApi.Response refused = api.post("admin", "/api/v1/admin/people/import", Map.of("csv", bad));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(fields(refused)).containsExactly("line 3: email", "line 4: role");
		assertThat(api.get("admin", "/api/v1/admin/people/a-" + tag).status()).as("nothing imported").isEqualTo(404);

		String good = header + "a-" + tag + ",Anna,anna@example.com,REQUESTER,Sales," + PASSWORD + "\r\n"
				+ "c-" + tag + ",\"Carla, Jr.\",carla@example.com,MANAGER,Sales " + tag + "," + PASSWORD + "\r\n";
		LeewayApi.Response imported = api.post("admin", "/api/v1/admin/people/import", Map.of("csv", good));

		assertThat(imported.status()).isEqualTo(201);
		assertThat(imported.json().path("created").asInt()).isEqualTo(2);
		assertThat(api.get("admin", "/api/v1/admin/people/c-" + tag).text("displayName")).isEqualTo("Carla, Jr.");
	}

	@Test
	void keepsDepartmentsWithManagersAndANextLevelAndRefusesWhatCannotBe() {
		LeewayApi api = new LeewayApi(port);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("name", "Legal " + tag);
		body.put("managers", List.of("maria"));
		body.put("nextLevel", "frank");
		LeewayApi.Response created = api.post("admin", "/api/v1/admin/departments", body);
		assertThat(created.status()).isEqualTo(201);
		long id = created.id();

		assertThat(api.post("admin", "/api/v1/admin/departments", Map.of("name", "LEGAL " + tag)).status())
			.as("a name differing only in capitals").isEqualTo(400);
		LeewayApi.Response unknown = api.send("admin", "PATCH", "/api/v1/admin/departments/" + id,
				Map.of("managers", List.of("maria", "nobody-" + tag)));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(fields(unknown)).containsExactly("managers");
		LeewayApi.Response changed = api.send("admin", "PATCH", "/api/v1/admin/departments/" + id,
				Map.of("managers", List.of(), "nextLevel", "admin"));
		assertThat(changed.status()).isEqualTo(200);
		assertThat(changed.json().path("nextLevel").asString()).isEqualTo("admin");
		assertThat(api.send("admin", "DELETE", "/api/v1/admin/departments/" + id, null).status()).isEqualTo(204);

		long marketing = departmentId(api, "Marketing");
		assertThat(api.send("admin", "DELETE", "/api/v1/admin/departments/" + marketing, null).status())
			.as("people are still in it").isEqualTo(409);
	}

	@Test
	void letsAManagerChooseAndEndDeputiesForThemselvesOnly() {
		LeewayApi api = new LeewayApi(port);
		LocalDate today = LocalDate.now(clock);
		Map<String, Object> deputy = new LinkedHashMap<>();
		deputy.put("deputy", "alice");
		deputy.put("from", today.toString());
		deputy.put("to", today.plusDays(5).toString());
		deputy.put("reason", "Holiday");

		LeewayApi.Response chosen = api.post("maria", "/api/v1/deputies", deputy);
		assertThat(chosen.status()).isEqualTo(201);
		assertThat(chosen.text("manager")).isEqualTo("maria");
		long id = chosen.id();

		Map<String, Object> forFrank = new LinkedHashMap<>(deputy);
		forFrank.put("manager", "frank");
		assertThat(api.post("maria", "/api/v1/deputies", forFrank).status()).as("for someone else").isEqualTo(403);
		assertThat(api.post("alice", "/api/v1/deputies", deputy).status()).as("a requester decides for nobody")
			.isEqualTo(403);
		assertThat(api.post(null, "/api/v1/deputies", deputy).status()).as("nobody").isEqualTo(401);
		assertThat(api.post("frank", "/api/v1/deputies/" + id + "/end", null).status()).as("another manager's")
			.isEqualTo(403);
		assertThat(api.get("frank", "/api/v1/deputies").json().size()).isZero();
		assertThat(api.get("admin", "/api/v1/admin/deputies").json().findValues("id").stream().map(JsonNode::asLong))
			.contains(id);

		assertThat(api.post("maria", "/api/v1/deputies/" + id + "/end", null).status()).isEqualTo(200);
		assertThat(api.post("maria", "/api/v1/deputies/" + id + "/end", null).status()).isEqualTo(409);
	}

	@Test
	void namesTheDateThatIsWrongForADeputy() {
		LeewayApi api = new LeewayApi(port);
		LeewayApi.Response before = api.post("admin", "/api/v1/admin/deputies", Map.of("manager", "maria", "deputy",
				"alice", "from", "2030-05-10", "to", "2030-05-01", "reason", "Holiday"));
		assertThat(before.status()).isEqualTo(400);
		assertThat(fields(before)).containsExactly("to");

		LeewayApi.Response unreadable = api.post("admin", "/api/v1/admin/deputies", Map.of("manager", "maria",
				"deputy", "alice", "from", "2030-05-10", "to", "next Tuesday", "reason", "Holiday"));
		assertThat(unreadable.status()).isEqualTo(400);
		assertThat(fields(unreadable)).containsExactly("to");
	}

	@Test
	void recordsWhoChangedWhatWithTheStateBeforeAndAfter() {
		LeewayApi api = new LeewayApi(port);
		String username = "rec-" + tag;
		api.post("admin", "/api/v1/admin/people", person(username, "REQUESTER", "Sales", PASSWORD));
		api.send("admin", "PATCH", "/api/v1/admin/people/" + username, Map.of("role", "IT_STAFF"));

		JsonNode changes = api.get("admin", "/api/v1/admin/changes?person=" + username).json().path("items");

		assertThat(changes.size()).isEqualTo(2);
		JsonNode changed = changes.get(0);
		assertThat(changed.path("by").asString()).isEqualTo("admin");
		assertThat(changed.path("action").asString()).isEqualTo("changed");
		assertThat(changed.path("before").path("role").asString()).isEqualTo("REQUESTER");
		assertThat(changed.path("after").path("role").asString()).isEqualTo("IT_STAFF");
		assertThat(changed.path("at").asString()).isNotBlank();
		assertThat(changes.get(1).path("action").asString()).isEqualTo("created");
		assertThat(changes.get(1).path("after").has("password")).isFalse();
	}

	@Test
	void keepsTheLastAdministratorAndNeverLetsAnAdministratorSwitchThemselvesOff() {
		LeewayApi api = new LeewayApi(port);
		assertThat(api.post("admin", "/api/v1/admin/people/admin/deactivate", null).status()).isEqualTo(409);
		assertThat(api.send("admin", "PATCH", "/api/v1/admin/people/admin", Map.of("role", "REQUESTER")).status())
			.isEqualTo(409);
	}

	private static long departmentId(LeewayApi api, String name) {
		for (JsonNode department : api.get("admin", "/api/v1/admin/departments").json()) {
			if (department.path("name").asString().equals(name)) {
				return department.path("id").asLong();
			}
		}
		throw new AssertionError("No department " + name);
	}

	private static List<String> fields(LeewayApi.Response response) {
		return response.json().path("errors").findValues("field").stream().map(JsonNode::asString).toList();
	}

	private static Map<String, Object> person(String username, String role, String department, String password) {
		Map<String, Object> person = new LinkedHashMap<>();
		person.put("username", username);
		person.put("displayName", "Person " + username);
		person.put("email", username + "@example.com");
		person.put("role", role);
		person.put("department", department);
		person.put("password", password);
		return person;
	}

	private HttpResponse<String> basic(String user, String password, String method, String path, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
		if (body != null) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> bearer(String token) throws IOException, InterruptedException {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/standards"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
