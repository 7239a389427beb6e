package com.leeway.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.leeway.account.Actor;
import com.leeway.account.Role;

/**
 * What a request waits for, who holds it, when it is due and whether it is late, computed from its own facts.
 */
class RequestAgendaTests {

	static final Actor MARIA = new Actor("maria", "Maria Rossi", Role.MANAGER, "Marketing", "m@x");

	static final Actor IAN = new Actor("ian", "Ian", Role.IT_STAFF, "IT", "i@x");

	static final Actor ADMIN = new Actor("admin", "Ada Admin", Role.ADMIN, "IT", "ad@x");

	/** Monday 9:00. */
	static final Instant MONDAY = Instant.parse("2026-11-23T09:00:00Z");

	static final People PEOPLE = new People() {

		@Override
		public List<Actor> decidersFor(String department, String requester) {
			return "Marketing".equals(department) ? List.of(MARIA) : List.of();
		}

		@Override
		public List<Actor> itStaff() {
			return List.of(IAN);
		}

		@Override
		public Optional<Actor> find(String username) {
			return List.of(MARIA, IAN, ADMIN).stream().filter(actor -> actor.username().equals(username)).findFirst();
		}

		@Override
		public Optional<Actor> nextLevelAbove(String department, String requester) {
			return Optional.of(ADMIN);
		}

	};

	final RequestAgenda agenda = new RequestAgenda(ServiceLevels.defaults(), PEOPLE,
			Clock.fixed(MONDAY, ZoneOffset.UTC));

	static RequestStanding waiting(RequestStatus status, Instant since, String assignedTo) {
		return new RequestStanding(1L, "EXC-2026-000001", "alice", "Marketing", status, since, assignedTo, false);
	}

	@Test
	void anEscalationWaitsForTheDecidersTheDirectoryNamesForThreeWorkingDays() {
		Agenda escalated = agenda.of(waiting(RequestStatus.ESCALATED, MONDAY, null));

		assertThat(escalated.waitsFor()).isEqualTo(WaitsFor.MANAGER_DECISION);
		assertThat(escalated.holders()).containsExactly(MARIA);
		assertThat(escalated.dueAt()).isEqualTo(Instant.parse("2026-11-26T09:00:00Z"));
		assertThat(escalated.late()).isFalse();
	}

	@Test
	void aRequestItStaffSentToAManagerIsDueCountedFromThenNotFromItsSubmission() {
		Instant sentUpOnFriday = Instant.parse("2026-11-27T15:00:00Z");

		Agenda escalated = agenda.of(waiting(RequestStatus.ESCALATED, sentUpOnFriday, null), sentUpOnFriday);

		assertThat(escalated.waitingSince()).isEqualTo(sentUpOnFriday);
		assertThat(escalated.dueAt()).isEqualTo(Instant.parse("2026-12-02T15:00:00Z"));
	}

	@Test
	void aReviewWaitsForItStaffForOneWorkingDaySkippingTheWeekend() {
		Instant friday = Instant.parse("2026-11-27T09:00:00Z");

		Agenda review = agenda.of(waiting(RequestStatus.IN_REVIEW, friday, null), friday);

		assertThat(review.waitsFor()).isEqualTo(WaitsFor.IT_REVIEW);
		assertThat(review.holders()).containsExactly(IAN);
		assertThat(review.dueAt()).isEqualTo(Instant.parse("2026-11-30T09:00:00Z"));
	}

	@Test
	void aRequestIsLateFromTheMomentItIsDue() {
		RequestStanding request = waiting(RequestStatus.IN_REVIEW, MONDAY, null);

		assertThat(agenda.of(request, Instant.parse("2026-11-24T08:59:59Z")).late()).isFalse();
		assertThat(agenda.of(request, Instant.parse("2026-11-24T09:00:00Z")).late()).isTrue();
	}

	@Test
	void aReassignedOrPassedOnRequestIsHeldOnlyByItsNewHolder() {
		Agenda passedOn = agenda.of(waiting(RequestStatus.ESCALATED, MONDAY, "admin"));

		assertThat(passedOn.holders()).containsExactly(ADMIN);
		assertThat(passedOn.isHeldBy("maria")).isFalse();
	}

	@Test
	void aDecidedRequestWaitsForNothingAndIsNeverLate() {
		Agenda decided = agenda.of(waiting(RequestStatus.APPROVED, null, null));

		assertThat(decided.waitsFor()).isEqualTo(WaitsFor.NOTHING);
		assertThat(decided.holders()).isEmpty();
		assertThat(decided.dueAt()).isNull();
		assertThat(decided.late()).isFalse();
	}

}
