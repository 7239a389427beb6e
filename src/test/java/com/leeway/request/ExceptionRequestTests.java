package com.leeway.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.leeway.account.Actor;
import com.leeway.account.Role;
import com.leeway.ruling.Finding;
import com.leeway.ruling.Outcome;
import com.leeway.ruling.Ruling;
import com.leeway.system.UserFacingException;

/**
 * The request aggregate's own transitions, without a database: what each one changes and which events it
 * registers.
 */
class ExceptionRequestTests {

	static final Actor ALICE = new Actor("alice", "Alice Martin", Role.REQUESTER, "Marketing", "a@x");

	static final Actor MARIA = new Actor("maria", "Maria Rossi", Role.MANAGER, "Marketing", "m@x");

	static final Actor IAN = new Actor("ian", "Ian", Role.IT_STAFF, "IT", "i@x");

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	static ExceptionRequest ruled(Outcome outcome, Integer maxDays, int days) {
		Ruling ruling = new Ruling(outcome, List.of(new Finding("A rule", outcome, "Because.")), List.of(), maxDays,
				"v1");
		return new ExceptionRequest(new SubmitRequest("WORD_PROCESSING", "WordPerfect", null,
				"Our partner sends .wpd files.", days, 3, "INTERNAL", null, null), "Word processing", ALICE, NOW,
				ruling, null, 0);
	}

	@Test
	void aManagersApprovalGrantsNoLongerThanTheRulesLimit() {
		ExceptionRequest request = ruled(Outcome.ESCALATE, 30, 90);

		request.decide(Decision.APPROVE, MARIA, "Fine for the campaign.", NOW.plus(Duration.ofDays(1)));

		assertThat(request.getStatus()).isEqualTo(RequestStatus.APPROVED);
		assertThat(request.getExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(31)));
		assertThat(request.ruling().maxDays()).isEqualTo(30);
	}

	@Test
	void sendingAReviewedRequestToAManagerStartsANewWaitAndRegistersDecidedThenEscalated() {
		ExceptionRequest request = ruled(Outcome.REVIEW, null, 90);
		Instant later = NOW.plus(Duration.ofDays(2));

		request.decide(Decision.ESCALATE, IAN, "A budget question.", later);

		assertThat(request.getStatus()).isEqualTo(RequestStatus.ESCALATED);
		assertThat(request.getWaitingSince()).isEqualTo(later);
		assertThat(request.registeredEvents()).hasExactlyElementsOfTypes(RequestDecided.class, RequestEscalated.class);
		assertThat(((RequestEscalated) request.registeredEvents().get(1)).at()).isEqualTo(later);
	}

	@Test
	void anEscalationCannotBeEscalatedAgainNorADecidedRequestDecidedAgain() {
		ExceptionRequest escalated = ruled(Outcome.ESCALATE, null, 90);
		ExceptionRequest granted = ruled(Outcome.APPROVE, null, 90);

		assertThatThrownBy(() -> escalated.decide(Decision.ESCALATE, IAN, "Again.", NOW))
			.isInstanceOf(UserFacingException.Conflict.class);
		assertThatThrownBy(() -> granted.decide(Decision.DENY, MARIA, "No.", NOW))
			.isInstanceOf(UserFacingException.Conflict.class);
		assertThat(granted.registeredEvents()).isEmpty();
	}

	@Test
	void passingOnGivesTheNextLevelAFullServiceLevelFromNow() {
		ExceptionRequest request = ruled(Outcome.ESCALATE, null, 90);
		Instant late = NOW.plus(Duration.ofDays(6));

		request.passOn("admin", "leeway", late);

		assertThat(request.getAssignedTo()).isEqualTo("admin");
		assertThat(request.standing().waitingSince()).isEqualTo(late);
		assertThat(request.registeredEvents()).singleElement().isInstanceOf(RequestReassigned.class);
	}

}
