package com.leeway.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import com.leeway.account.Actor;
import com.leeway.account.Directory;

/**
 * The request module with only what it depends on (and the rule-set pipeline that gives it rules): its
 * transitions publish what happened, in order, when the request is saved.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "ruleset", "system" })
@ActiveProfiles("test")
@TestPropertySource(properties = "leeway.follow-up.interval=1h")
class RequestModuleIntegrationTests {

	@Autowired
	RequestDesk desk;

	@Autowired
	RequestDecisions decisions;

	@Autowired
	Directory directory;

	Actor actor(String username) {
		return directory.find(username).orElseThrow();
	}

	static SubmitRequest figmaForTwelve() {
		return new SubmitRequest("COLLABORATION_SAAS", "Figma", null, "The design agency works only in Figma files.",
				150, 12, "INTERNAL", null, null);
	}

	@Test
	void submittingARequestTheRulesEscalatePublishesSubmittedAndEscalatedWithNobodyHavingSentIt(Scenario scenario) {
		SubmitRequest notion = new SubmitRequest("COLLABORATION_SAAS", "Notion", null,
				"The campaign team plans in Notion with the agency.", 120, 8, "CONFIDENTIAL", null, null);

		scenario.stimulate(() -> desk.submit(notion, actor("alice")))
			.andWaitForEventOfType(RequestEscalated.class)
			.toArriveAndVerify((escalated, submitted) -> {
				assertThat(escalated.requestId()).isEqualTo(submitted.id());
				assertThat(escalated.by()).isNull();
				assertThat(escalated.at()).isEqualTo(submitted.submittedAt());
			});
	}

	@Test
	void itStaffSendingAReviewedRequestToAManagerPublishesDecidedAndEscalatedByThem(Scenario scenario) {
		RequestView review = desk.submit(figmaForTwelve(), actor("bob"));
		assertThat(review.status()).isEqualTo(RequestStatus.IN_REVIEW);

		scenario.stimulate(() -> decisions.decide(review.id(),
				new DecideRequest(Decision.ESCALATE, "Twelve people is a budget question."), actor("ian")))
			.andWaitForEventOfType(RequestDecided.class)
			.matching(decided -> decided.requestId().equals(review.id()))
			.toArriveAndVerify((decided, view) -> {
				assertThat(decided.wasWaitingAs()).isEqualTo(RequestStatus.IN_REVIEW);
				assertThat(decided.status()).isEqualTo(RequestStatus.ESCALATED);
				assertThat(view.agenda().waitingSince()).isEqualTo(view.decision().decidedAt());
			});
		scenario.stimulate(() -> review.id())
			.andWaitForEventOfType(RequestEscalated.class)
			.matching(escalated -> escalated.requestId().equals(review.id()) && "ian".equals(escalated.by()))
			.toArrive();
	}

	@Test
	void aWithdrawalPublishesWithdrawnWithWhatTheRequestWaitedFor(Scenario scenario) {
		RequestView review = desk.submit(figmaForTwelve(), actor("bob"));

		scenario.stimulate(() -> desk.withdraw(review.id(), actor("bob")))
			.andWaitForEventOfType(RequestWithdrawn.class)
			.toArriveAndVerify(withdrawn -> assertThat(withdrawn.wasWaitingAs()).isEqualTo(RequestStatus.IN_REVIEW));
	}

}
