package com.leeway.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.request.RequestView;
import com.leeway.request.RequestDesk;
import com.leeway.request.RequestRevoked;
import com.leeway.request.SubmitRequest;

/**
 * The notice module on its own with what it depends on (and the rule sets, so requests are ruled): request events
 * become notices for the right people, stored and waiting for the mail outbox, after the change is committed.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "ruleset")
@ActiveProfiles("test")
class NoticeModuleIntegrationTests {

	@Autowired
	RequestDesk desk;

	@Autowired
	Directory directory;

	@Autowired
	NoticeRepository notices;

	static SubmitRequest notion() {
		return new SubmitRequest("COLLABORATION_SAAS", "Notion", "2024", "The agency shares its campaign plans in Notion.",
				120, 8, "CONFIDENTIAL", null, null);
	}

	static SubmitRequest wordPerfect() {
		return new SubmitRequest("WORD_PROCESSING", "WordPerfect", "2021",
				"Our legal partner sends files in this format that we must edit losslessly.", 60, 3, "INTERNAL", null, null);
	}

	List<Notice> noticesAbout(String recipient, String reference) {
		return notices.findTop200ByRecipientOrderByIdDesc(recipient)
			.stream()
			.filter(notice -> notice.getSubject().contains(reference))
			.toList();
	}

	@Test
	void anEscalatedSubmissionTellsTheRequesterOnceAndEachManagerWhatToDecide(Scenario scenario) {
		Actor alice = directory.find("alice").orElseThrow();
		RequestView[] submitted = new RequestView[1];

		scenario.stimulate(() -> submitted[0] = desk.submit(notion(), alice))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> noticesAbout("maria", submitted[0].reference()), found -> !found.isEmpty())
			.andVerify(toMaria -> {
				String reference = submitted[0].reference();
				assertThat(toMaria).singleElement().satisfies(notice -> {
					assertThat(notice.getKind()).isEqualTo("ESCALATED");
					assertThat(notice.getBody()).contains("Alice Martin from your department asks for an exception");
					assertThat(notice.getEmailedAt()).as("waiting in the outbox").isNull();
				});
				assertThat(noticesAbout("alice", reference)).extracting(Notice::getKind).containsExactly("RULED");
				assertThat(noticesAbout("frank", reference)).isEmpty();
			});
	}

	@Test
	void aRevokedExceptionTellsTheRequesterWhoRevokedItAndWhy(Scenario scenario) {
		RequestView granted = desk.submit(wordPerfect(), directory.find("alice").orElseThrow());

		scenario.publish(new RequestRevoked(granted.id(), granted.reference(), "alice", "maria",
				"A security flaw was published today."))
			.andWaitAtMost(Duration.ofSeconds(20))
			.andWaitForStateChange(() -> noticesAbout("alice", granted.reference() + " was revoked"),
					found -> !found.isEmpty())
			.andVerify(revoked -> assertThat(revoked).singleElement().satisfies(notice -> {
				assertThat(notice.getKind()).isEqualTo("REVOKED");
				assertThat(notice.isEssential()).isTrue();
				assertThat(notice.getBody()).contains("Maria Rossi revoked your exception for WordPerfect")
					.contains("Why: A security flaw was published today.");
			}));
	}

}
