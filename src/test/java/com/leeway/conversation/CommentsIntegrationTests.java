package com.leeway.conversation;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.FormClient;
import com.leeway.LeewayApi;
import com.leeway.LeewayApi.Response;

/**
 * Comments on a request over real HTTP: visible to exactly the people who may see the request, internal notes to IT
 * staff only (never the requester, on the API or the page), plain text with safe links, a notice to the others.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "leeway.follow-up.interval=1h", "leeway.mail.interval=1h",
				"leeway.rules.max-evaluation-time=10s" })
@ActiveProfiles("test")
class CommentsIntegrationTests {

	static final String REQUESTS = "/api/v1/exception-requests";

	@LocalServerPort
	int port;

	long escalatedRequest(LeewayApi api) {
		Response response = api.post("alice", REQUESTS, requestBody("WORD_PROCESSING", "WordPerfect", 60, 25, "INTERNAL"));
		assertThat(response.status()).as(String.valueOf(response.json())).isEqualTo(201);
		return response.id();
	}

	static Map<String, Object> comment(String body, boolean internal) {
		return Map.of("body", body, "internal", internal);
	}

	@Test
	void commentsAreReadAndWrittenByExactlyThoseWhoMaySeeTheRequest() {
		LeewayApi api = new LeewayApi(port);
		long id = escalatedRequest(api);
		String comments = REQUESTS + "/" + id + "/comments";

		Response written = api.post("alice", comments, comment("The agency sends .wpd files every week.", false));
		assertThat(written.status()).as(String.valueOf(written.json())).isEqualTo(201);
		assertThat(written.text("authorName")).isEqualTo("Alice Martin");
		assertThat(written.text("writtenAt")).isNotNull();
		assertThat(api.post("maria", comments, comment("Which agency?", false)).status()).isEqualTo(201);

		for (String reader : new String[] { "alice", "maria", "ian", "admin" }) {
			Response read = api.get(reader, comments);
			assertThat(read.status()).as(reader).isEqualTo(200);
			assertThat(read.json().toString()).as(reader).contains(".wpd files", "Which agency?");
		}
		for (String stranger : new String[] { "bob", "frank" }) {
			assertThat(api.get(stranger, comments).status()).as(stranger).isEqualTo(404);
			assertThat(api.post(stranger, comments, comment("Let me in.", false)).status()).as(stranger).isEqualTo(404);
		}
		assertThat(api.get(null, comments).status()).isEqualTo(401);
		assertThat(api.post(null, comments, comment("Anyone?", false)).status()).isEqualTo(401);
		assertThat(api.get("alice", REQUESTS + "/999999/comments").status()).isEqualTo(404);

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			assertThat(notices(api, "maria")).contains("New comment on request").contains(".wpd files");
			assertThat(notices(api, "alice")).contains("Which agency?");
		});
	}

	@Test
	void internalNotesAreForItStaffOnlyAndNeverReachTheRequesterOnTheApiThePageOrInANotice() {
		LeewayApi api = new LeewayApi(port);
		long id = escalatedRequest(api);
		String comments = REQUESTS + "/" + id + "/comments";
		api.post("alice", comments, comment("Happy to explain more.", false));

		Response note = api.post("ian", comments, comment("Secret: the vendor is on our watch list.", true));
		assertThat(note.status()).isEqualTo(201);
		assertThat(note.json().path("internal").asBoolean()).isTrue();
		assertThat(api.post("ian", comments, comment("Thanks, noted.", false)).status()).isEqualTo(201);

		assertThat(api.post("alice", comments, comment("Me too.", true)).status()).isEqualTo(403);
		assertThat(api.post("maria", comments, comment("Managers too?", true)).status()).isEqualTo(403);
		assertThat(api.get("alice", comments).json().toString()).doesNotContain("watch list").contains("Thanks, noted.");
		assertThat(api.get("maria", comments).json().toString()).doesNotContain("watch list");
		assertThat(api.get("admin", comments).json().toString()).contains("watch list");
		String alicePage = signedIn("alice").get("/requests/" + id).body();
		assertThat(alicePage).contains("Thanks, noted.").doesNotContain("watch list", "Internal note", "comment-internal");
		String ianPage = signedIn("ian").get("/requests/" + id).body();
		assertThat(ianPage).contains("watch list", "Internal note: IT staff only", "id=\"comment-internal\"");

		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(notices(api, "alice")).contains("Thanks, noted."));
		assertThat(notices(api, "alice")).doesNotContain("watch list", "Internal note");
	}

	@Test
	void aCommentIsPlainTextWithSafeLinksAndALimitOnItsLength() {
		LeewayApi api = new LeewayApi(port);
		long id = escalatedRequest(api);
		String comments = REQUESTS + "/" + id + "/comments";

		api.post("alice", comments, comment(
				"Spec: https://example.com/spec?a=1&b=2. Not a link: javascript:alert(1) <script>alert(2)</script>", false));

		String page = signedIn("maria").get("/requests/" + id).body();
		assertThat(page).contains("href=\"https://example.com/spec?a=1&amp;b=2\"")
			.doesNotContain("href=\"javascript", "<script>alert(2)")
			.contains("&lt;script&gt;alert(2)&lt;/script&gt;");
		Response tooLong = api.post("alice", comments, comment("x".repeat(4001), false));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.json().toString()).contains("body");
		assertThat(api.post("alice", comments, comment("   ", false)).status()).isEqualTo(400);
	}

	@Test
	void thePageFormAddsACommentForSomeoneWhoMaySeeTheRequestOnly() {
		LeewayApi api = new LeewayApi(port);
		long id = escalatedRequest(api);
		String page = "/requests/" + id;
		FormClient maria = signedIn("maria");
		maria.post(page, page + "/comments", Map.of("body", "Could you call me about this?"));
		assertThat(api.get("alice", REQUESTS + "/" + id + "/comments").json().toString()).contains("call me about this");

		FormClient frank = signedIn("frank");
		frank.get("/requests/mine");
		assertThat(frank.postAgain(page + "/comments", Map.of("body", "Sneaking in.")).statusCode()).isEqualTo(404);
		assertThat(api.get("alice", REQUESTS + "/" + id + "/comments").json().toString()).doesNotContain("Sneaking in.");
	}

	static String notices(LeewayApi api, String user) {
		return api.get(user, "/api/v1/notifications").json().path("notices").toString();
	}

	FormClient signedIn(String user) {
		FormClient browser = new FormClient(port);
		browser.signIn(user, user);
		return browser;
	}

}
