package com.leeway.request;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;
import com.leeway.account.Employee;
import com.leeway.account.Employees;
import com.leeway.account.Role;

import tools.jackson.databind.JsonNode;

/**
 * API v1 against the running application: the whole flow for each role, and every 400, 401, 403, 404 and 409
 * the contract names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RequestApiIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	@LocalServerPort
	int port;

	@Autowired
	Employees employees;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	ExceptionRequests requests;

	LeewayApi api;

	@BeforeEach
	void connect() {
		api = new LeewayApi(port);
	}

	Response submit(String user, Map<String, Object> body) {
		Response response = api.post(user, REQUESTS, body);
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(201);
		return response;
	}

	Response escalatedRequestOf(String user) {
		Response response = submit(user, requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL"));
		assertThat(response.text("status")).isEqualTo("ESCALATED");
		return response;
	}

	Response inReviewRequestOf(String user) {
		Response response = submit(user, requestBody("COLLABORATION_SAAS", "Figma", 150, 12, "INTERNAL"));
		assertThat(response.text("status")).isEqualTo("IN_REVIEW");
		return response;
	}

	static Map<String, Object> decision(String decision, String justification) {
		return justification == null ? Map.of("decision", decision)
				: Map.of("decision", decision, "justification", justification);
	}

	static List<String> types(JsonNode timeline) {
		return timeline.valueStream().map(event -> event.path("type").asString()).toList();
	}

	@Test
	void approvesASmallLowRiskRequestAtOnceAndStoresIt() {
		Response submitted = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 90, 3, "INTERNAL"));

		assertThat(submitted.location()).endsWith(REQUESTS + "/" + submitted.id());
		assertThat(submitted.text("status")).isEqualTo("APPROVED");
		assertThat(submitted.text("reference")).matches("EXC-\\d{4}-\\d{6}");
		assertThat(submitted.text("requester")).isEqualTo("alice");
		assertThat(submitted.text("department")).isEqualTo("Marketing");
		assertThat(submitted.text("standardKey")).isEqualTo("WORD_PROCESSING");
		assertThat(submitted.text("product")).isEqualTo("WordPerfect");
		assertThat(submitted.text("submittedAt")).isNotNull();
		assertThat(submitted.text("acknowledgedAt")).isEqualTo(submitted.text("submittedAt"));
		JsonNode ruling = submitted.json().path("ruling");
		assertThat(ruling.path("outcome").asString()).isEqualTo("APPROVE");
		assertThat(ruling.path("justification").asString()).contains("WordPerfect is not a company standard");
		assertThat(ruling.path("conditions").get(0).asString()).isEqualTo("Expires after 90 days");
		assertThat(ruling.path("rules").get(0).asString()).isEqualTo("Approve small, short, low-risk exceptions");
		assertThat(ruling.path("rulesetVersion").asString())
			.isEqualTo(api.get("bob", "/api/v1/rulesets/active").text("version"));
		assertThat(submitted.text("expiresAt")).isNotNull();
		assertThat(requests.findById(submitted.id())).isPresent();

		Response read = api.get("alice", REQUESTS + "/" + submitted.id());
		assertThat(read.status()).isEqualTo(200);
		assertThat(types(read.json().path("timeline"))).startsWith("SUBMITTED", "ACKNOWLEDGED", "RULED", "GRANTED")
			.doesNotContain("NOTICE");
		assertThat(read.json().path("timeline").get(0).path("actor").asString()).isEqualTo("alice");
		assertThat(read.json().path("timeline").get(0).path("at").asString()).isNotBlank();
		assertThat(read.json().path("timeline").get(0).path("text").asString()).contains("Alice Martin");
	}

	@Test
	void deniesARetiredProductWithTheApprovedAlternatives() {
		Response submitted = submit("bob", requestBody("FILE_SHARING", "WeTransfer", 30, 2, "INTERNAL"));

		assertThat(submitted.text("status")).isEqualTo("DENIED");
		assertThat(submitted.json().path("ruling").path("outcome").asString()).isEqualTo("DENY");
		assertThat(submitted.json().path("ruling").path("justification").asString())
			.contains("OneDrive for Business or SharePoint Online");
		assertThat(submitted.text("expiresAt")).isNull();
	}

	@Test
	void aManagerOfTheDepartmentDecidesAnEscalationWithAWrittenJustification() {
		Response submitted = escalatedRequestOf("alice");
		String path = REQUESTS + "/" + submitted.id();

		Response inbox = api.get("maria", REQUESTS + "?status=ESCALATED");
		assertThat(inbox.json().path("content").valueStream().map(r -> r.path("id").asLong()))
			.contains(submitted.id());

		Response decided = api.post("maria", path + "/decision",
				decision("APPROVE", "Client contract requires it; data processing agreement signed."));

		assertThat(decided.status()).isEqualTo(200);
		assertThat(decided.text("status")).isEqualTo("APPROVED");
		assertThat(decided.text("expiresAt")).isNotNull();
		JsonNode decisionBody = decided.json().path("decision");
		assertThat(decisionBody.path("decision").asString()).isEqualTo("APPROVE");
		assertThat(decisionBody.path("decidedBy").asString()).isEqualTo("maria");
		assertThat(decisionBody.path("decidedAt").asString()).isNotBlank();
		assertThat(decisionBody.path("justification").asString()).contains("data processing agreement");
		assertThat(types(decided.json().path("timeline"))).contains("ESCALATED", "DECIDED", "GRANTED");
		assertThat(api.get("alice", path).json().path("decision").path("decidedBy").asString()).isEqualTo("maria");
	}

	@Test
	void aDecisionWithoutJustificationIsRejectedFieldByField() {
		String path = REQUESTS + "/" + escalatedRequestOf("alice").id() + "/decision";

		Response missing = api.post("maria", path, decision("APPROVE", null));
		Response blank = api.post("maria", path, decision("DENY", "   "));
		Response noDecision = api.post("maria", path, Map.of("justification", "Because."));

		for (Response response : List.of(missing, blank)) {
			assertThat(response.status()).isEqualTo(400);
			assertThat(response.contentType()).startsWith("application/problem+json");
			assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("justification");
		}
		assertThat(noDecision.status()).isEqualTo(400);
		assertThat(noDecision.json().path("errors").get(0).path("field").asString()).isEqualTo("decision");
		assertThat(api.get("alice", REQUESTS + "/" + escalatedRequestOf("alice").id()).text("status"))
			.isEqualTo("ESCALATED");
	}

	@Test
	void onlyAManagerOfTheRequestersDepartmentMayDecideAnEscalation() {
		String path = REQUESTS + "/" + escalatedRequestOf("alice").id() + "/decision";
		Map<String, Object> approve = decision("APPROVE", "Looks fine to me.");

		assertThat(api.post("frank", path, approve).status()).as("manager of another department").isEqualTo(403);
		assertThat(api.post("ian", path, approve).status()).as("IT staff").isEqualTo(403);
		assertThat(api.post("bob", path, approve).status()).as("another requester").isEqualTo(403);
		assertThat(api.post("alice", path, approve).status()).as("the requester").isEqualTo(403);
		assertThat(api.post("admin", path, approve).status()).as("administrator").isEqualTo(403);
		assertThat(api.post(null, path, approve).status()).as("nobody").isEqualTo(401);
		assertThat(api.post("frank", path, approve).contentType()).startsWith("application/problem+json");
	}

	@Test
	void aManagerCannotDecideTheirOwnRequest() {
		Response own = escalatedRequestOf("maria");

		Response response = api.post("maria", REQUESTS + "/" + own.id() + "/decision",
				decision("APPROVE", "I need it."));

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.json().path("detail").asString()).contains("your own request");
	}

	@Test
	void aSecondDecisionOnTheSameRequestIsAConflict() {
		String path = REQUESTS + "/" + escalatedRequestOf("alice").id();
		assertThat(api.post("maria", path + "/decision", decision("DENY", "Use Teams instead.")).status())
			.isEqualTo(200);

		Response again = api.post("maria", path + "/decision", decision("APPROVE", "Changed my mind."));

		assertThat(again.status()).isEqualTo(409);
		assertThat(again.contentType()).startsWith("application/problem+json");
		assertThat(again.json().path("detail").asString()).contains("no longer waiting");
		assertThat(api.get("alice", path).text("status")).isEqualTo("DENIED");
	}

	@Test
	void twoManagersDecidingAtOnceStoreExactlyOneDecision() throws Exception {
		if (employees.findByUsername("mia").isEmpty()) {
			employees.save(new Employee("mia", "Mia Lang", "mia@leeway.example", passwordEncoder.encode("mia"),
					Role.MANAGER, "Marketing"));
		}
		long id = escalatedRequestOf("alice").id();
		String path = REQUESTS + "/" + id + "/decision";
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			CompletableFuture<Response> byMaria = CompletableFuture.supplyAsync(() -> {
				await(together);
				return api.post("maria", path, decision("APPROVE", "Approved by Maria."));
			}, pool);
			CompletableFuture<Response> byMia = CompletableFuture.supplyAsync(() -> {
				await(together);
				return api.post("mia", path, decision("DENY", "Denied by Mia."));
			}, pool);

			List<Integer> statuses = List.of(byMaria.get().status(), byMia.get().status());

			assertThat(statuses).containsExactlyInAnyOrder(200, 409);
		}
		finally {
			pool.shutdownNow();
		}
		JsonNode stored = api.get("alice", REQUESTS + "/" + id).json();
		assertThat(types(stored.path("timeline")).stream().filter("DECIDED"::equals)).hasSize(1);
		String winner = stored.path("decision").path("decidedBy").asString();
		assertThat(stored.path("status").asString()).isEqualTo(winner.equals("maria") ? "APPROVED" : "DENIED");
	}

	@Test
	void itStaffApproveDenyOrEscalateWhatNoRuleDecided() {
		Response first = inReviewRequestOf("bob");
		Response second = inReviewRequestOf("alice");
		assertThat(first.json().path("ruling").path("outcome").asString()).isEqualTo("REVIEW");

		assertThat(api.post("frank", REQUESTS + "/" + first.id() + "/decision", decision("APPROVE", "Fine."))
			.status()).as("managers do not review").isEqualTo(403);

		Response approved = api.post("ian", REQUESTS + "/" + first.id() + "/decision",
				decision("APPROVE", "Figma is fine for this design team; no customer data involved."));
		assertThat(approved.status()).isEqualTo(200);
		assertThat(approved.text("status")).isEqualTo("APPROVED");

		Response escalated = api.post("ian", REQUESTS + "/" + second.id() + "/decision",
				decision("ESCALATE", "Twelve people for five months is a budget question."));
		assertThat(escalated.status()).isEqualTo(200);
		assertThat(escalated.text("status")).isEqualTo("ESCALATED");

		Response decidedByManager = api.post("maria", REQUESTS + "/" + second.id() + "/decision",
				decision("DENY", "Please use Miro, which we already pay for."));
		assertThat(decidedByManager.status()).isEqualTo(200);
		assertThat(decidedByManager.text("status")).isEqualTo("DENIED");
	}

	@Test
	void theRequesterWithdrawsAnUndecidedRequestOnce() {
		String path = REQUESTS + "/" + escalatedRequestOf("alice").id();

		assertThat(api.post("bob", path + "/withdrawal", null).status()).as("someone else").isIn(403, 404);
		assertThat(api.post("maria", path + "/withdrawal", null).status()).as("the manager").isEqualTo(403);

		Response withdrawn = api.post("alice", path + "/withdrawal", null);
		assertThat(withdrawn.status()).isEqualTo(200);
		assertThat(withdrawn.text("status")).isEqualTo("WITHDRAWN");
		assertThat(types(withdrawn.json().path("timeline"))).contains("WITHDRAWN");

		assertThat(api.post("alice", path + "/withdrawal", null).status()).isEqualTo(409);
		assertThat(api.post("maria", path + "/decision", decision("APPROVE", "Too late.")).status()).isEqualTo(409);
	}

	@Test
	void aDecidedRequestCannotBeWithdrawn() {
		Response approved = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 30, 1, "INTERNAL"));

		Response response = api.post("alice", REQUESTS + "/" + approved.id() + "/withdrawal", null);

		assertThat(response.status()).isEqualTo(409);
		assertThat(response.json().path("detail").asString()).contains("can no longer be withdrawn");
	}

	@Test
	void requestersSeeOnlyTheirOwnRequests() {
		long alices = submit("alice", requestBody("WORD_PROCESSING", "WordPerfect", 30, 1, "INTERNAL")).id();
		long bobs = submit("bob", requestBody("WORD_PROCESSING", "WordPerfect", 30, 1, "INTERNAL")).id();

		Response other = api.get("bob", REQUESTS + "/" + alices);
		assertThat(other.status()).isEqualTo(404);
		assertThat(other.json().toString()).doesNotContain("WordPerfect");

		assertThat(ids(api.get("bob", REQUESTS + "?size=200"))).contains(bobs).doesNotContain(alices);
		assertThat(ids(api.get("alice", REQUESTS + "?size=200"))).contains(alices).doesNotContain(bobs);
		assertThat(ids(api.get("maria", REQUESTS + "?size=200"))).as("manager of Marketing")
			.contains(alices)
			.doesNotContain(bobs);
		assertThat(ids(api.get("ian", REQUESTS + "?size=200"))).contains(alices, bobs);
		assertThat(ids(api.get("admin", REQUESTS + "?size=200"))).contains(alices, bobs);
		assertThat(api.get(null, REQUESTS + "/" + alices).status()).isEqualTo(401);
	}

	@Test
	void listsArePagedAndFilteredByStatus() {
		submit("bob", requestBody("WORD_PROCESSING", "WordPerfect", 30, 1, "INTERNAL"));
		submit("bob", requestBody("FILE_SHARING", "WeTransfer", 30, 1, "INTERNAL"));

		Response page = api.get("bob", REQUESTS + "?status=DENIED&page=0&size=1");

		assertThat(page.status()).isEqualTo(200);
		assertThat(page.json().path("page").asInt()).isZero();
		assertThat(page.json().path("size").asInt()).isEqualTo(1);
		assertThat(page.json().path("totalElements").asLong()).isPositive();
		assertThat(page.json().path("content")).hasSize(1);
		assertThat(page.json().path("content").get(0).path("status").asString()).isEqualTo("DENIED");
		assertThat(api.get("bob", REQUESTS + "?status=MAYBE").status()).isEqualTo(400);
	}

	@Test
	void anUnknownRequestIsNotFound() {
		Response response = api.get("ian", REQUESTS + "/987654");

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("status").asInt()).isEqualTo(404);
		assertThat(response.json().path("title").asString()).isNotBlank();
		assertThat(response.json().path("detail").asString()).isNotBlank();
	}

	@Test
	void aDryRunAnswersTheRulingAndStoresNothing() {
		long before = requests.count();

		Response response = api.post("alice", "/api/v1/evaluations",
				requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().path("ruling").path("outcome").asString()).isEqualTo("ESCALATE");
		assertThat(response.json().path("ruling").path("rules").get(0).asString())
			.isEqualTo("Escalate confidential or regulated data");
		assertThat(requests.count()).isEqualTo(before);
		assertThat(api.post("alice", "/api/v1/evaluations", requestBody("NOPE", "X", 1, 1, "PUBLIC")).status())
			.isEqualTo(400);
	}

	@Test
	void namesEveryInvalidFieldAndStoresNothing() {
		long before = requests.count();
		Map<String, Object> body = requestBody("NO_SUCH_STANDARD", "", 0, 5, "SECRET");
		body.put("justification", "x".repeat(4001));
		body.put("estimatedCost", -5);

		Response response = api.post("alice", REQUESTS, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().path("errors").valueStream().map(error -> error.path("field").asString()))
			.containsExactlyInAnyOrder("standardKey", "product", "durationDays", "dataClassification",
					"justification", "estimatedCost");
		assertThat(response.json().path("errors").valueStream().map(error -> error.path("message").asString()))
			.allMatch(message -> !message.isBlank() && !message.contains("{"));
		assertThat(requests.count()).isEqualTo(before);
	}

	@Test
	void aFieldOfTheWrongTypeIsNamed() {
		Map<String, Object> body = requestBody("WORD_PROCESSING", "WordPerfect", 30, 1, "INTERNAL");
		body.put("usersAffected", "a few");

		Response response = api.post("alice", REQUESTS, body);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("usersAffected");
		assertThat(api.post("alice", REQUESTS, "{not json").status()).isEqualTo(400);
	}

	@Test
	void theStandardsCatalogueNamesApprovedProductsAndWhyEachStandardExists() {
		Response response = api.get("alice", "/api/v1/standards");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.json().valueStream().map(standard -> standard.path("key").asString()))
			.contains("WORD_PROCESSING", "DESKTOP_OS", "WEB_BROWSER", "COLLABORATION_SAAS", "ENDPOINT_PROTECTION",
					"REMOTE_ACCESS", "FILE_SHARING", "PROGRAMMING_RUNTIME");
		JsonNode word = response.json().valueStream()
			.filter(standard -> standard.path("key").asString().equals("WORD_PROCESSING"))
			.findFirst()
			.orElseThrow();
		assertThat(word.path("name").asString()).isNotBlank();
		assertThat(word.path("category").asString()).isEqualTo("Productivity");
		assertThat(word.path("status").asString()).isEqualTo("approved");
		assertThat(word.path("approvedProducts").valueStream().map(JsonNode::asString)).contains("LibreOffice");
		assertThat(word.path("reason").asString()).contains("open everyone else's documents", "volume");
		assertThat(word.path("interests").valueStream().map(JsonNode::asString)).contains("compatibility");
	}

	@Test
	void theActiveRuleSetTellsItsVersionRulesAndFiles() {
		Response response = api.get("alice", "/api/v1/rulesets/active");

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.text("version")).hasSize(64);
		assertThat(response.text("activatedAt")).isNotBlank();
		assertThat(response.json().path("ruleCount").asInt()).isGreaterThanOrEqualTo(20);
		assertThat(response.json().path("files").valueStream().map(JsonNode::asString)).contains("escalation.drl",
				"end-of-life.drl.csv", "standards.yaml");
	}

	@Test
	void publishesTheApiAsOpenApi() {
		Response docs = api.get(null, "/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().path("paths").has("/api/v1/exception-requests")).isTrue();
		assertThat(docs.json().path("paths").has("/api/v1/exception-requests/{id}/decision")).isTrue();
		assertThat(docs.json().path("paths").has("/api/v1/evaluations")).isTrue();
	}

	static List<Long> ids(Response page) {
		return page.json().path("content").valueStream().map(request -> request.path("id").asLong()).toList();
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
