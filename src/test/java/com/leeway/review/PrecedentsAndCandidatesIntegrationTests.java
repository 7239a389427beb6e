package com.leeway.review;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
import com.leeway.ruleset.CandidateCheck;
import com.leeway.ruleset.RuleSetManager;
import com.leeway.ruling.RuleSetFiles;
import com.leeway.system.AdjustableClock;

import tools.jackson.databind.JsonNode;

/**
 * Precedents for the people who decide a request, and candidates for changing the standards, over real HTTP:
 * the right earlier decisions in the right order for the right people; a proposal appears once people approved
 * a product often enough, and its drafted rule with its test passes the rule-set check on the shipped rules.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.follow-up.interval=1h", "leeway.mail.interval=1h", "leeway.clock.adjustable=true",
				"leeway.review.candidate.min-approvals=3", "leeway.review.candidate.min-share=0.8",
				"leeway.review.mail-cron=0 0 7 1 1 *" })
@ActiveProfiles("test")
class PrecedentsAndCandidatesIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	static final String AI = "GENERATIVE_AI";

	/** Monday 5 January 2032, 09:00 UTC. */
	static final Instant START = Instant.parse("2032-01-05T09:00:00Z");

	@LocalServerPort
	int port;

	@Autowired
	AdjustableClock clock;

	@Autowired
	RuleSetManager rules;

	LeewayApi api;

	@BeforeEach
	void connect() {
		api = new LeewayApi(port);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void deciderSeeSameProductFirstThenTheStandardNewestFirstAndOthersAreRefused() {
		clock.setTo(START);
		long first = decided("alice", "INTERNAL", "Claude", "maria", "APPROVE", 1, AI);
		long otherDepartment = decided("bob", "INTERNAL", "claude ", "frank", "DENY", 2, AI);
		clock.setTo(START.plus(Duration.ofHours(3)));
		long otherProduct = decided("alice", "INTERNAL", "Perplexity", "maria", "DENY", 3, AI);
		long latest = decided("alice", "INTERNAL", "CLAUDE", "maria", "APPROVE", 4, AI);
		decided("alice", "CONFIDENTIAL", "Scrivener", "maria", "APPROVE", 5, "WORD_PROCESSING");
		Response byRules = api.post("alice", REQUESTS, requestBody(AI, "Microsoft 365 Copilot", 30, 1, "INTERNAL"));
		assertThat(byRules.text("status")).isEqualTo("APPROVED");

		clock.setTo(START.plus(Duration.ofHours(8)));
		Response current = api.post("alice", REQUESTS, requestBody(AI, "Claude", 90, 5, "INTERNAL"));
		assertThat(current.text("status")).isEqualTo("ESCALATED");

		Response precedents = api.get("maria", REQUESTS + "/" + current.id() + "/precedents");
		assertThat(precedents.status()).as(String.valueOf(precedents.json())).isEqualTo(200);
		List<Long> ids = new ArrayList<>();
		precedents.json().forEach(precedent -> ids.add(precedent.path("id").asLong()));
		assertThat(ids).containsExactly(latest, otherDepartment, first, otherProduct);
		JsonNode newest = precedents.json().get(0);
		assertThat(newest.path("outcome").asString()).isEqualTo("APPROVE");
		assertThat(newest.path("justification").asString()).contains("decision 4");
		assertThat(newest.path("department").asString()).isEqualTo("Marketing");
		assertThat(newest.path("sameProduct").asBoolean()).isTrue();
		assertThat(precedents.json().get(1).path("department").asString()).isEqualTo("Finance");
		assertThat(precedents.json().get(3).path("sameProduct").asBoolean()).isFalse();

		// IT staff and administrators may consult them too; the requester may see the request but not decide it;
		// whoever may not see it hears it does not exist; nobody signed in is asked to sign in.
		assertThat(api.get("ian", REQUESTS + "/" + current.id() + "/precedents").status()).isEqualTo(200);
		assertThat(api.get("admin", REQUESTS + "/" + current.id() + "/precedents").status()).isEqualTo(200);
		assertThat(api.get("alice", REQUESTS + "/" + current.id() + "/precedents").status()).isEqualTo(403);
		assertThat(api.get("bob", REQUESTS + "/" + current.id() + "/precedents").status()).isEqualTo(404);
		assertThat(api.get("frank", REQUESTS + "/" + current.id() + "/precedents").status()).isEqualTo(404);
		assertThat(api.get(null, REQUESTS + "/" + current.id() + "/precedents").status()).isEqualTo(401);

		// On the request page: for the manager who decides it, in the same order; not for the requester.
		FormClient maria = new FormClient(port);
		maria.signIn("maria", "maria");
		String page = maria.get("/requests/" + current.id()).body();
		assertThat(page).contains("id=\"precedents\"");
		List<String> references = new ArrayList<>();
		java.util.regex.Matcher reference = java.util.regex.Pattern.compile("data-reference=\"([^\"]+)\"").matcher(page);
		while (reference.find()) {
			references.add(reference.group(1));
		}
		List<String> expected = new ArrayList<>();
		precedents.json().forEach(precedent -> expected.add(precedent.path("reference").asString()));
		assertThat(references).isEqualTo(expected);
		FormClient alice = new FormClient(port);
		alice.signIn("alice", "alice");
		assertThat(alice.get("/requests/" + current.id()).body()).doesNotContain("id=\"precedents\"");
	}

	@Test
	void aProductPeopleKeepApprovingBecomesACandidateWhoseDraftedRulePassesTheRuleSetCheck() throws Exception {
		clock.setTo(START.plus(Duration.ofDays(7)));
		String product = "Airtable Pro";
		decided("alice", "CONFIDENTIAL", product, "maria", "APPROVE", 11);
		decided("alice", "CONFIDENTIAL", "airtable  pro", "maria", "DENY", 12);
		decided("bob", "CONFIDENTIAL", product, "frank", "APPROVE", 13);
		assertThat(candidate(product)).isNull();
		decided("alice", "CONFIDENTIAL", product, "maria", "APPROVE", 14);
		// 3 of 4: enough approvals, but 75 % is below the share of 80 %.
		assertThat(candidate(product)).isNull();
		decided("bob", "CONFIDENTIAL", product, "frank", "APPROVE", 15);

		JsonNode candidate = candidate(product);
		assertThat(candidate).isNotNull();
		assertThat(candidate.path("approvals").asInt()).isEqualTo(4);
		assertThat(candidate.path("escalations").asInt()).isEqualTo(5);
		assertThat(candidate.path("standardKey").asString()).isEqualTo("COLLABORATION_SAAS");
		assertThat(candidate.path("precedents").size()).isEqualTo(5);
		String rule = candidate.path("rule").asString();
		String test = candidate.path("test").asString();
		assertThat(rule).contains("rule \"" + candidate.path("ruleName").asString() + "\"",
				"Request( standard == \"COLLABORATION_SAAS\", productIs(\"" + product + "\") )", "ruling.approve(");

		// Added to the shipped rule set, the drafted rule and its test pass the check (compile, then every test).
		TreeMap<String, byte[]> files = new TreeMap<>(RuleSetFiles.readFolder(Path.of("rules")).files());
		files.put(candidate.path("rulePath").asString(), rule.getBytes(StandardCharsets.UTF_8));
		files.put(candidate.path("testPath").asString(), test.getBytes(StandardCharsets.UTF_8));
		CandidateCheck check = rules.check(new RuleSetFiles(files));
		assertThat(check.errors()).isEmpty();
		assertThat(check.publishable()).as(check.verdict()).isTrue();
		assertThat(check.tests().toString()).contains(product);

		// Nothing changed by itself: the active rules still send such a request to a manager.
		assertThat(api.post("alice", REQUESTS, requestBody("COLLABORATION_SAAS", product, 90, 5, "CONFIDENTIAL"))
			.text("status")).isEqualTo("ESCALATED");

		// The page lists it for IT staff, with a button that opens the rule in the editor, checked.
		FormClient ian = new FormClient(port);
		ian.signIn("ian", "ian");
		String page = ian.get("/review/candidates").body();
		assertThat(page).contains(product, "action=\"/rules/edit\"", candidate.path("rulePath").asString());
		var opened = ian.postAgain("/rules/edit", Map.of("action", "check", "creating", "true", "path",
				candidate.path("rulePath").asString(), "content", rule));
		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.body()).contains("You can publish.");
		FormClient maria = new FormClient(port);
		maria.signIn("maria", "maria");
		assertThat(maria.get("/review/candidates").statusCode()).isEqualTo(403);
		assertThat(api.get("maria", "/api/v1/review/candidates").status()).isEqualTo(403);
		assertThat(api.get("alice", "/api/v1/review/candidates").status()).isEqualTo(403);
		assertThat(api.get(null, "/api/v1/review/candidates").status()).isEqualTo(401);
	}

	private JsonNode candidate(String product) {
		Response candidates = api.get("ian", "/api/v1/review/candidates");
		assertThat(candidates.status()).isEqualTo(200);
		for (JsonNode candidate : candidates.json()) {
			if (candidate.path("product").asString().equalsIgnoreCase(product)) {
				return candidate;
			}
		}
		return null;
	}

	private long decided(String requester, String data, String product, String decider, String decision, int number) {
		return decided(requester, data, product, decider, decision, number, "COLLABORATION_SAAS");
	}

	/** A request the rules escalate, decided by the manager an hour later. */
	private long decided(String requester, String data, String product, String decider, String decision, int number,
			String standard) {
		Response submitted = api.post(requester, REQUESTS, requestBody(standard, product, 90, 5, data));
		assertThat(submitted.text("status")).as(String.valueOf(submitted.json())).isEqualTo("ESCALATED");
		clock.advance(Duration.ofHours(1));
		Response decided = api.post(decider, REQUESTS + "/" + submitted.id() + "/decision",
				Map.of("decision", decision, "justification", "Reasoned decision " + number + " on " + product + "."));
		assertThat(decided.status()).as(String.valueOf(decided.json())).isEqualTo(200);
		clock.advance(Duration.ofMinutes(10));
		return submitted.id();
	}

}
