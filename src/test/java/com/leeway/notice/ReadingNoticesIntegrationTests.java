package com.leeway.notice;

import static com.leeway.LeewayApi.requestBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.LeewayApi;
import com.leeway.PageSession;

import tools.jackson.databind.JsonNode;

/**
 * Notices are marked read by the reader, never by reading the list: one by one or all at once, each by a POST;
 * unread ones stand out; each event tells each person once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReadingNoticesIntegrationTests {

	@LocalServerPort
	int port;

	long unread(LeewayApi api, String user) {
		return api.get(user, "/api/v1/notifications").json().path("unread").asLong();
	}

	List<JsonNode> noticesAbout(LeewayApi api, String user, long requestId) {
		List<JsonNode> found = new ArrayList<>();
		api.get(user, "/api/v1/notifications").json().path("notices").forEach(notice -> {
			if (notice.path("requestId").asLong() == requestId) {
				found.add(notice);
			}
		});
		return found;
	}

	long escalatedRequestWithNotices(LeewayApi api) {
		long id = api.post("alice", "/api/v1/exception-requests",
				requestBody("COLLABORATION_SAAS", "Notion", 120, 8, "CONFIDENTIAL")).id();
		await().atMost(Duration.ofSeconds(20)).until(() -> !noticesAbout(api, "maria", id).isEmpty()
				&& !noticesAbout(api, "alice", id).isEmpty());
		return id;
	}

	@Test
	void readingTheListChangesNothingAndMarkingReadIsAPost() {
		LeewayApi api = new LeewayApi(port);
		long id = escalatedRequestWithNotices(api);
		long before = unread(api, "maria");
		assertThat(before).isPositive();

		PageSession maria = PageSession.signInAs(port, "maria");
		String page = maria.get("/notifications").body();
		maria.get("/notifications");
		assertThat(unread(api, "maria")).isEqualTo(before);
		assertThat(page).contains("class=\"unread\"").contains("id=\"mark-all-read\"");

		long noticeId = noticesAbout(api, "maria", id).get(0).path("id").asLong();
		PageSession.Page marked = maria.post("/notifications/" + noticeId + "/read", Map.of());
		assertThat(marked.status()).isEqualTo(302);
		assertThat(unread(api, "maria")).isEqualTo(before - 1);
		assertThat(noticesAbout(api, "maria", id).get(0).path("readAt").isNull()).isFalse();
	}

	@Test
	void markAllReadMarksEveryNoticeOfThePersonOnly() {
		LeewayApi api = new LeewayApi(port);
		escalatedRequestWithNotices(api);
		long alicesUnread = unread(api, "alice");
		PageSession maria = PageSession.signInAs(port, "maria");
		maria.get("/notifications");
		assertThat(maria.post("/notifications/read", Map.of()).status()).isEqualTo(302);
		assertThat(unread(api, "maria")).isZero();
		assertThat(unread(api, "alice")).isEqualTo(alicesUnread);
		assertThat(maria.get("/notifications").body()).doesNotContain("class=\"unread\"")
			.doesNotContain("id=\"mark-all-read\"");
	}

	@Test
	void nobodyMarksSomeoneElsesNoticeRead() {
		LeewayApi api = new LeewayApi(port);
		long id = escalatedRequestWithNotices(api);
		long noticeId = noticesAbout(api, "maria", id).get(0).path("id").asLong();
		long before = unread(api, "maria");

		PageSession bob = PageSession.signInAs(port, "bob");
		bob.get("/notifications");
		assertThat(bob.post("/notifications/" + noticeId + "/read", Map.of()).status()).isEqualTo(404);
		PageSession nobody = PageSession.anonymous(port);
		nobody.get("/login");
		assertThat(nobody.post("/notifications/read", Map.of()).location()).contains("/login");
		assertThat(unread(api, "maria")).isEqualTo(before);
	}

	@Test
	void anEventTellsEachPersonOnce() {
		LeewayApi api = new LeewayApi(port);
		long id = escalatedRequestWithNotices(api);
		assertThat(noticesAbout(api, "maria", id)).hasSize(1);
		assertThat(noticesAbout(api, "alice", id)).hasSize(1);
	}

}
