package com.leeway.ruling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * How the verdicts of several rules combine into one ruling.
 */
class VerdictsTests {

	static Finding approve(String rule) {
		return new Finding(rule, Outcome.APPROVE, rule + " approves.");
	}

	static Finding escalate(String rule) {
		return new Finding(rule, Outcome.ESCALATE, rule + " escalates.");
	}

	static Finding deny(String rule) {
		return new Finding(rule, Outcome.DENY, rule + " denies.");
	}

	@Test
	void aDenialBeatsAnEscalationAndAnApproval() {
		Ruling ruling = Ruling.of(List.of(approve("A"), escalate("E"), deny("D")), List.of(), null, 30, "v1");

		assertThat(ruling.outcome()).isEqualTo(Outcome.DENY);
	}

	@Test
	void anEscalationBeatsAnApproval() {
		Ruling ruling = Ruling.of(List.of(approve("A"), escalate("E")), List.of(), null, 30, "v1");

		assertThat(ruling.outcome()).isEqualTo(Outcome.ESCALATE);
	}

	@Test
	void approvalsAloneApprove() {
		Ruling ruling = Ruling.of(List.of(approve("A"), approve("B")), List.of(), null, 30, "v1");

		assertThat(ruling.outcome()).isEqualTo(Outcome.APPROVE);
	}

	@Test
	void noVerdictMeansReviewByItStaffWithAReason() {
		Ruling ruling = Ruling.of(List.of(new Finding("Note", null, "Just a note.")), List.of(), null, 30, "v1");

		assertThat(ruling.outcome()).isEqualTo(Outcome.REVIEW);
		assertThat(ruling.justification()).contains("Just a note.").contains("IT staff will review it");
		assertThat(ruling.rules()).containsExactly("Note");
	}

	@Test
	void everyRuleThatFiredGivesOneSentenceInFiringOrder() {
		Ruling ruling = Ruling.of(List.of(escalate("E"), approve("A")), List.of(), null, 30, "v1");

		assertThat(ruling.justification()).isEqualTo("E escalates. A approves.");
		assertThat(ruling.rules()).containsExactly("E", "A");
	}

	@Test
	void conditionsAccumulateWithoutDuplicatesAndTheExpiryComesFirst() {
		Ruling ruling = Ruling.of(List.of(approve("A"), approve("B")),
				List.of("Reviewed every 90 days", "Team supports it", "Reviewed every 90 days"), null, 30, "v1");

		assertThat(ruling.conditions()).containsExactly("Expires after 30 days", "Reviewed every 90 days",
				"Team supports it");
	}

	@Test
	void theShortestDurationCapWinsOverTheRequestedDuration() {
		Ruling ruling = Ruling.of(List.of(approve("A")), List.of(), 90, 365, "v1");

		assertThat(ruling.conditions()).first().isEqualTo("Expires after 90 days");
		assertThat(ruling.grantedDays(365)).isEqualTo(90);
		assertThat(ruling.grantedDays(30)).isEqualTo(30);
	}

	@Test
	void aDenialCarriesNoExpiry() {
		Ruling ruling = Ruling.of(List.of(deny("D")), List.of("Reviewed every 90 days"), null, 30, "v1");

		assertThat(ruling.conditions()).noneMatch(condition -> condition.startsWith("Expires"));
	}

}
