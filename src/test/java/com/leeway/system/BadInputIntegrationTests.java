package com.leeway.system;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;
import com.leeway.TestFolders;
import com.leeway.system.RawApi.Answer;

/**
 * Input no form would send answers a 4xx problem that names the field and what to send instead, never a
 * server error, and nothing of it is stored. Each case here was once answered with a 500.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.rules.watch-interval=1h", "leeway.rules.sync-interval=1h" })
@ActiveProfiles("test")
class BadInputIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	static final String RULESETS = "/api/v1/rulesets";

	static Path rules;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	LeewayApi api;

	RawApi raw;

	@BeforeAll
	static void copyShippedRules() throws IOException {
		rules = TestFolders.withShippedRules("bad-input-").resolve("rules");
	}

	@AfterAll
	static void removeRules() throws IOException {
		TestFolders.delete(rules.getParent());
	}

	@DynamicPropertySource
	static void rulesFolder(DynamicPropertyRegistry registry) {
		registry.add("leeway.rules.dir", () -> rules.toString());
	}

	@BeforeEach
	void connect() {
		api = new LeewayApi(port);
		raw = new RawApi(port);
	}

	long granted(String requester) {
		Response submitted = api.post(requester, REQUESTS,
				requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"));
		assertThat(submitted.text("status")).isEqualTo("APPROVED");
		return submitted.id();
	}

	long rows(String table) {
		return jdbc.queryForObject("select count(*) from " + table, Long.class);
	}

	static void assertProblem(Answer answer, int status) {
		assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
		assertThat(answer.isProblem()).as(answer.toString()).isTrue();
		assertThat(answer.json().path("detail").asString()).as(answer.toString())
			.isNotBlank()
			.doesNotContain("Exception", "org.", "java.", "SQL");
	}

	@Test
	void aWildcardContentTypeOnEveryApiPostIsAnsweredWithAProblemSayingToSendJson() {
		long id = granted("alice");
		byte[] body = RawApi.json(requestBody("WORD_PROCESSING", "WordPerfect", 60, 3, "INTERNAL"))
			.getBytes(StandardCharsets.UTF_8);
		for (String path : List.of(REQUESTS, "/api/v1/evaluations", REQUESTS + "/" + id + "/decision",
				REQUESTS + "/" + id + "/renewal", REQUESTS + "/" + id + "/revocation",
				REQUESTS + "/" + id + "/satisfaction", "/api/v1/feedback", RULESETS, RULESETS + "/validate",
				RULESETS + "/tests", RULESETS + "/preview", RULESETS + "/abc/rollback")) {
			String user = path.startsWith(RULESETS) || path.endsWith("revocation") ? "ian" : "alice";
			Answer answer = raw.send(user, "POST", path, "*/*", body);
			assertProblem(answer, 415);
			assertThat(answer.json().path("detail").asString()).as(path).contains("application/json");
		}
	}

	@Test
	void aFormBodyTheServerCannotSplitIntoFieldsIsAProblemNotSpringsErrorJson() {
		long id = granted("alice");
		long stored = rows("exception_request");
		byte[] body = "reason=%s%n&x=%zz".getBytes(StandardCharsets.UTF_8);
		for (String path : List.of(REQUESTS + "/" + id + "/revocation", REQUESTS, "/api/v1/no/such/path")) {
			Answer answer = raw.send("ian", "POST", path, "application/x-www-form-urlencoded", body);
			assertThat(answer.status()).as(path + " -> " + answer).isBetween(400, 499);
			assertThat(answer.isProblem()).as(path + " -> " + answer).isTrue();
			assertThat(answer.json().has("timestamp")).as(path + " -> " + answer).isFalse();
		}
		assertThat(rows("exception_request")).isEqualTo(stored);
	}

	@Test
	void anUnsupportedOrMalformedContentTypeIsAProblemNotAServerError() {
		byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
		for (String type : List.of("text/plain", "application/xml", "nonsense", "application/", ";;", "*/json",
				"application/json; charset=nonsense-charset")) {
			Answer answer = raw.send("alice", "POST", "/api/v1/evaluations", type, body);
			assertThat(answer.status()).as(type + " -> " + answer).isBetween(400, 499);
			assertThat(answer.isProblem()).as(type + " -> " + answer).isTrue();
		}
		assertProblem(raw.send("alice", "POST", "/api/v1/evaluations", null, body), 415);
	}

	@Test
	void aRevocationReasonLongerThanTheLimitIsRejectedNamingTheReasonAndTheExceptionStaysGranted() {
		long id = granted("alice");
		long events = rows("request_event");

		Answer answer = raw.postJson("ian", REQUESTS + "/" + id + "/revocation",
				RawApi.json(Map.of("reason", "x".repeat(8_000))));

		assertProblem(answer, 400);
		assertThat(answer.fields()).containsExactly("reason");
		assertThat(api.get("alice", REQUESTS + "/" + id).text("status")).isEqualTo("APPROVED");
		assertThat(rows("request_event")).isEqualTo(events);
	}

	@Test
	void aRuleSetFileWithoutContentIsRejectedNamingTheFile() {
		Map<String, Object> files = new LinkedHashMap<>();
		files.put("extra.drl", null);
		Answer answer = raw.postJson("ian", RULESETS + "/validate", RawApi.json(Map.of("files", files)));

		assertProblem(answer, 400);
		assertThat(answer.fields()).containsExactly("files.extra.drl");
	}

	@Test
	void aDecisionTableThatIsNotValidBase64IsRejectedNamingTheFile() {
		long publications = rows("ruleset_version");
		Answer answer = raw.postJson("ian", RULESETS, RawApi.json(
				Map.of("binaryFiles", Map.of("table.drl.xlsx", "not base64 at all!"), "note", "A new table")));

		assertProblem(answer, 400);
		assertThat(answer.fields()).containsExactly("binaryFiles.table.drl.xlsx");
		assertThat(rows("ruleset_version")).isEqualTo(publications);
	}

	@Test
	void aThreeByteSpreadsheetIsReportedAsABrokenRuleFileNotAServerError() {
		Answer answer = raw.postJson("ian", RULESETS + "/validate", RawApi.json(Map.of("binaryFiles",
				Map.of("broken.drl.xlsx", java.util.Base64.getEncoder().encodeToString(new byte[] { 1, 2, 3 })))));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("compiles").asBoolean()).isFalse();
		assertThat(answer.json().path("errors").toString()).contains("broken.drl.xlsx");
	}

	@Test
	void aGarbageCsvDecisionTableIsReportedAsABrokenRuleFileNotAServerError() {
		Answer answer = raw.postJson("ian", RULESETS + "/validate",
				RawApi.json(Map.of("files", Map.of("broken.drl.csv", "AAAAAAAAAA\n;;;,,,\n"))));
		assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		assertThat(answer.json().path("compiles").asBoolean()).isFalse();
		assertThat(answer.json().path("errors").toString()).contains("broken.drl.csv");
	}

	@Test
	void aNullOrUnknownPathAmongDeletedFilesIsRejected() {
		List<String> withNull = new ArrayList<>();
		withNull.add(null);
		assertThat(raw.postJson("ian", RULESETS + "/validate", RawApi.json(Map.of("deleted", withNull))).fields())
			.containsExactly("deleted");
		Answer unknown = raw.postJson("ian", RULESETS + "/validate",
				RawApi.json(Map.of("deleted", List.of("no-such-file.drl"))));
		assertProblem(unknown, 400);
		assertThat(unknown.fields()).containsExactly("deleted");
	}

	@Test
	void yamlNestedThousandsOfLevelsDeepIsRejectedBeforeItIsRead() {
		String deep = "tests:\n  - " + "[".repeat(5_000) + "]".repeat(5_000) + "\n";
		for (String path : List.of("tests/deep.yaml", "standards.yaml")) {
			Answer answer = raw.postJson("ian", RULESETS + "/tests", RawApi.json(Map.of("files", Map.of(path, deep))));
			assertProblem(answer, 400);
			assertThat(answer.fields()).containsExactly("files." + path);
		}
	}

	@Test
	void yamlThatExpandsAliasesIntoABombIsRejected() {
		StringBuilder bomb = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
		for (char name = 'b'; name <= 'j'; name++) {
			bomb.append(name).append(": &").append(name).append(" [");
			for (int i = 0; i < 9; i++) {
				bomb.append(i == 0 ? "" : ",").append('*').append((char) (name - 1));
			}
			bomb.append("]\n");
		}
		Answer answer = raw.postJson("ian", RULESETS + "/validate",
				RawApi.json(Map.of("files", Map.of("tests/bomb.yaml", bomb.toString()))));
		assertProblem(answer, 400);
		assertThat(answer.fields()).containsExactly("files.tests/bomb.yaml");
	}

	@Test
	void aPageWhoseOffsetIsBeyondTwoToTheThirtyFirstIsRejectedNamingThePage() {
		Answer answer = raw.send("ian", "GET", REQUESTS + "?page=50000000&size=50", null, null);
		assertProblem(answer, 400);
		assertThat(answer.fields()).containsExactly("page");
		assertThat(raw.send("ian", "GET", REQUESTS + "?page=9999999999", null, null).fields()).containsExactly("page");
		assertThat(raw.send("ian", "GET", REQUESTS + "?size=0", null, null).fields()).containsExactly("size");
		assertThat(raw.send("ian", "GET", REQUESTS + "?size=201", null, null).fields()).containsExactly("size");
		assertThat(raw.send("ian", "GET", REQUESTS + "?page=-1", null, null).fields()).containsExactly("page");
		assertThat(raw.send("ian", "GET", REQUESTS + "?page=2&size=200", null, null).status()).isEqualTo(200);
	}

	@Test
	void aSecondSatisfactionAnswerReplacesTheFirst() {
		long id = granted("alice");
		String path = REQUESTS + "/" + id + "/satisfaction";
		assertThat(api.post("alice", path, Map.of("rating", 2, "comment", "Slow.")).status()).isEqualTo(200);
		assertThat(api.post("alice", path, Map.of("rating", 5, "comment", "Sorted after all.")).status()).isEqualTo(200);

		assertThat(api.get("alice", path).json().path("rating").asInt()).isEqualTo(5);
		assertThat(jdbc.queryForObject("select count(*) from satisfaction where request_id = ?", Long.class, id))
			.isEqualTo(1);
	}

	@Test
	void satisfactionAnswersSentAtOnceAllSucceedAndLeaveOneAnswer() throws Exception {
		int together = 8;
		for (int round = 0; round < 6; round++) {
			long id = granted("alice");
			String path = REQUESTS + "/" + id + "/satisfaction";
			CyclicBarrier start = new CyclicBarrier(together);
			List<CompletableFuture<Answer>> answers = new ArrayList<>();
			for (int rating = 1; rating <= together; rating++) {
				String body = RawApi.json(Map.of("rating", 1 + rating % 5, "comment", "Answer " + rating));
				answers.add(CompletableFuture.supplyAsync(() -> {
					await(start);
					return raw.postJson("alice", path, body);
				}));
			}
			for (CompletableFuture<Answer> answer : answers) {
				assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(200);
			}
			assertThat(jdbc.queryForObject("select count(*) from satisfaction where request_id = ?", Long.class, id))
				.isEqualTo(1);
			String kept = api.get("alice", path).text("comment");
			assertThat(kept).startsWith("Answer ");

			assertThat(api.post("alice", path, Map.of("rating", 3, "comment", "The last word.")).status()).isEqualTo(200);
			assertThat(api.get("alice", path).text("comment")).isEqualTo("The last word.");
		}
	}

	@Test
	void unknownApiPathsAndWrongMethodsAreProblems() {
		assertProblem(raw.send("alice", "GET", "/api/v1/no-such-thing", null, null), 404);
		assertProblem(raw.send("alice", "POST", "/api/v1/no-such-thing", "application/json", "{}".getBytes()), 404);
		assertProblem(raw.send("alice", "DELETE", REQUESTS, null, null), 405);
		assertProblem(raw.send("alice", "GET", REQUESTS + "/not-a-number", null, null), 400);
		assertProblem(raw.send("ian", "POST", RULESETS + "/../rollback", "application/json", "{}".getBytes()), 400);
		assertProblem(raw.send("alice", "GET", REQUESTS + "?status=A&status=B", null, null), 400);
	}

	@Test
	void askingForAnAnswerInAFormatTheApiDoesNotSpeakIsAProblem() {
		Answer answer = raw.send("alice", "GET", "/api/v1/standards", null, null, "application/xml");
		assertThat(answer.status()).as(answer.toString()).isEqualTo(406);
		assertThat(answer.isProblem()).as(answer.toString()).isTrue();
		assertThat(raw.send("alice", "GET", "/api/v1/standards", null, null, "not a media type").status())
			.isBetween(400, 499);
	}

	@Test
	void formAndMultipartBodiesAreTurnedAwayAsksForJson() {
		for (String type : List.of("multipart/form-data", "multipart/form-data; boundary=x",
				"application/x-www-form-urlencoded")) {
			Answer answer = raw.send("maria", "POST", REQUESTS + "/1/decision", type,
					"{\"decision\":\"APPROVE\",\"justification\":\"Fine by me.\"}".getBytes(StandardCharsets.UTF_8));
			assertProblem(answer, 415);
		}
	}

	@Test
	void malformedJsonAMissingBodyAndWrongTypesAreProblemsNamingTheField() {
		assertProblem(raw.postJson("alice", REQUESTS, "{\"product\": "), 400);
		assertProblem(raw.send("alice", "POST", REQUESTS, "application/json", null), 400);
		assertProblem(raw.postJson("alice", REQUESTS, "null"), 400);
		Answer wrongType = raw.postJson("alice", REQUESTS, "{\"durationDays\": \"ninety\"}");
		assertProblem(wrongType, 400);
		assertThat(wrongType.fields()).containsExactly("durationDays");
		Answer huge = raw.postJson("alice", REQUESTS, "{\"usersAffected\": 1" + "0".repeat(400) + "}");
		assertProblem(huge, 400);
		assertThat(huge.fields()).containsExactly("usersAffected");
		Answer unknownDecision = raw.postJson("maria", REQUESTS + "/1/decision",
				"{\"decision\": \"MAYBE\", \"justification\": \"Because.\"}");
		assertProblem(unknownDecision, 400);
		assertThat(unknownDecision.fields()).containsExactly("decision");
	}

	static void await(CyclicBarrier barrier) {
		try {
			barrier.await();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
