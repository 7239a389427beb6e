package com.leeway.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.leeway.account.Actor;
import com.leeway.account.Role;
import com.leeway.request.Permission.Refusal;

/**
 * Who may do what with a request, read as sentences: each role, the wrong role, and nobody in particular.
 */
class RequestPolicyTests {

	static final Actor ALICE = new Actor("alice", "Alice Martin", Role.REQUESTER, "Marketing", "a@x");

	static final Actor BOB = new Actor("bob", "Bob", Role.REQUESTER, "Finance", "b@x");

	static final Actor MARIA = new Actor("maria", "Maria", Role.MANAGER, "Marketing", "m@x");

	static final Actor FRANK = new Actor("frank", "Frank", Role.MANAGER, "Finance", "f@x");

	static final Actor IAN = new Actor("ian", "Ian", Role.IT_STAFF, "IT", "i@x");

	static final Actor ADMIN = new Actor("admin", "Admin", Role.ADMIN, "IT", "ad@x");

	static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	static RequestStanding alices(RequestStatus status) {
		return new RequestStanding(7L, "EXC-2026-000007", "alice", "Marketing", status,
				status.isWaiting() ? NOW : null, null, false);
	}

	static Agenda heldBy(RequestStanding request, Actor... holders) {
		return new Agenda(WaitsFor.of(request.status()), List.of(holders), NOW, NOW.plusSeconds(86400), false);
	}

	@Test
	void theRequesterTheDepartmentsManagersItStaffAndAdministratorsSeeARequest() {
		RequestStanding request = alices(RequestStatus.APPROVED);

		assertThat(RequestPolicy.see(ALICE, request).isAllowed()).isTrue();
		assertThat(RequestPolicy.see(MARIA, request).isAllowed()).isTrue();
		assertThat(RequestPolicy.see(IAN, request).isAllowed()).isTrue();
		assertThat(RequestPolicy.see(ADMIN, request).isAllowed()).isTrue();
	}

	@Test
	void anotherRequesterOrAnotherDepartmentsManagerDoesNotEvenLearnARequestExists() {
		RequestStanding request = alices(RequestStatus.APPROVED);

		assertThat(RequestPolicy.see(BOB, request).refusal()).isEqualTo(Refusal.NOT_FOUND);
		assertThat(RequestPolicy.see(FRANK, request).refusal()).isEqualTo(Refusal.NOT_FOUND);
	}

	@Test
	void whoeverHoldsAnEscalationDecidesItAndNobodyElse() {
		RequestStanding request = alices(RequestStatus.ESCALATED);
		Agenda agenda = heldBy(request, MARIA);

		assertThat(RequestPolicy.decide(MARIA, request, agenda).isAllowed()).isTrue();
		assertThat(RequestPolicy.decide(FRANK, request, agenda).reasonKey()).isEqualTo("decision.notYours");
		assertThat(RequestPolicy.decide(IAN, request, agenda).refusal()).isEqualTo(Refusal.FORBIDDEN);
		assertThat(RequestPolicy.decide(ADMIN, request, agenda).refusal()).isEqualTo(Refusal.FORBIDDEN);
		assertThat(RequestPolicy.decide(BOB, request, agenda).refusal()).isEqualTo(Refusal.FORBIDDEN);
	}

	@Test
	void theRequesterNeverDecidesTheirOwnRequestEvenWhenTheyHoldIt() {
		RequestStanding request = new RequestStanding(8L, "EXC-2026-000008", "maria", "Marketing",
				RequestStatus.ESCALATED, NOW, null, false);

		Permission answer = RequestPolicy.decide(MARIA, request, heldBy(request, MARIA));

		assertThat(answer.refusal()).isEqualTo(Refusal.FORBIDDEN);
		assertThat(answer.reasonKey()).isEqualTo("decision.ownRequest");
	}

	@Test
	void aDecidedRequestIsNoLongerWaitingForThoseWhoCouldHaveDecidedIt() {
		RequestStanding request = alices(RequestStatus.APPROVED);
		Agenda nothing = Agenda.nothing();

		assertThat(RequestPolicy.decide(MARIA, request, nothing).refusal()).isEqualTo(Refusal.CONFLICT);
		assertThat(RequestPolicy.decide(IAN, request, nothing).refusal()).isEqualTo(Refusal.CONFLICT);
		assertThat(RequestPolicy.decide(FRANK, request, nothing).refusal()).isEqualTo(Refusal.FORBIDDEN);
	}

	@Test
	void onlyARequestInReviewCanBeSentToAManager() {
		RequestStanding review = alices(RequestStatus.IN_REVIEW);
		RequestStanding escalated = alices(RequestStatus.ESCALATED);

		assertThat(RequestPolicy.decide(IAN, review, heldBy(review, IAN), Decision.ESCALATE).isAllowed()).isTrue();
		assertThat(RequestPolicy.decide(MARIA, escalated, heldBy(escalated, MARIA), Decision.ESCALATE).reasonKey())
			.isEqualTo("request.alreadyEscalated");
		assertThat(RequestPolicy.allowed(MARIA, escalated, heldBy(escalated, MARIA)).escalate()).isFalse();
		assertThat(RequestPolicy.allowed(IAN, review, heldBy(review, IAN)).escalate()).isTrue();
	}

	@Test
	void onlyTheRequesterWithdrawsAndOnlyWhileItWaits() {
		assertThat(RequestPolicy.withdraw(ALICE, alices(RequestStatus.IN_REVIEW)).isAllowed()).isTrue();
		assertThat(RequestPolicy.withdraw(MARIA, alices(RequestStatus.ESCALATED)).refusal())
			.isEqualTo(Refusal.FORBIDDEN);
		assertThat(RequestPolicy.withdraw(ALICE, alices(RequestStatus.APPROVED)).refusal())
			.isEqualTo(Refusal.CONFLICT);
	}

	@Test
	void theRequesterRenewsAGrantedOrExpiredExceptionOnce() {
		RequestStanding granted = alices(RequestStatus.APPROVED);
		RequestStanding renewedAlready = new RequestStanding(7L, "EXC-2026-000007", "alice", "Marketing",
				RequestStatus.APPROVED, null, null, true);

		assertThat(RequestPolicy.renew(ALICE, granted).isAllowed()).isTrue();
		assertThat(RequestPolicy.renew(ALICE, alices(RequestStatus.EXPIRED)).isAllowed()).isTrue();
		assertThat(RequestPolicy.renew(ALICE, renewedAlready).reasonKey()).isEqualTo("renewal.alreadyRenewed");
		assertThat(RequestPolicy.allowed(ALICE, renewedAlready, Agenda.nothing()).renew()).isFalse();
		assertThat(RequestPolicy.renew(ALICE, alices(RequestStatus.DENIED)).refusal()).isEqualTo(Refusal.CONFLICT);
		assertThat(RequestPolicy.renew(BOB, granted).refusal()).isEqualTo(Refusal.FORBIDDEN);
		assertThat(RequestPolicy.renew(MARIA, granted).refusal()).isEqualTo(Refusal.FORBIDDEN);
	}

	@Test
	void itStaffAndTheDepartmentsManagersRevokeAGrantedExceptionButNotTheirOwn() {
		RequestStanding granted = alices(RequestStatus.APPROVED);

		assertThat(RequestPolicy.revoke(IAN, granted).isAllowed()).isTrue();
		assertThat(RequestPolicy.revoke(MARIA, granted).isAllowed()).isTrue();
		assertThat(RequestPolicy.revoke(FRANK, granted).refusal()).isEqualTo(Refusal.FORBIDDEN);
		assertThat(RequestPolicy.revoke(ALICE, granted).refusal()).isEqualTo(Refusal.FORBIDDEN);
		assertThat(RequestPolicy.revoke(IAN, alices(RequestStatus.DENIED)).refusal()).isEqualTo(Refusal.CONFLICT);
	}

	@Test
	void theRequesterRatesARequestOnceItNoLongerWaits() {
		assertThat(RequestPolicy.rate(ALICE, alices(RequestStatus.DENIED)).isAllowed()).isTrue();
		assertThat(RequestPolicy.rate(ALICE, alices(RequestStatus.ESCALATED)).refusal()).isEqualTo(Refusal.CONFLICT);
		assertThat(RequestPolicy.rate(MARIA, alices(RequestStatus.DENIED)).refusal()).isEqualTo(Refusal.FORBIDDEN);
	}

	@Test
	void itStaffAndAdministratorsReassignAWaitingRequestManagersAndRequestersDoNot() {
		RequestStanding waiting = alices(RequestStatus.ESCALATED);

		assertThat(RequestPolicy.reassign(IAN, waiting).isAllowed()).isTrue();
		assertThat(RequestPolicy.reassign(ADMIN, waiting).isAllowed()).isTrue();
		assertThat(RequestPolicy.reassign(MARIA, waiting).refusal()).isEqualTo(Refusal.FORBIDDEN);
		assertThat(RequestPolicy.reassign(ALICE, waiting).refusal()).isEqualTo(Refusal.FORBIDDEN);
		assertThat(RequestPolicy.reassign(IAN, alices(RequestStatus.APPROVED)).refusal()).isEqualTo(Refusal.CONFLICT);
	}

	@Test
	void aRefusalBecomesTheMatchingProblem() {
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> RequestPolicy.see(BOB, alices(RequestStatus.APPROVED)).orThrow())
			.isInstanceOf(com.leeway.system.UserFacingException.NotFound.class);
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> RequestPolicy.revoke(FRANK, alices(RequestStatus.APPROVED)).orThrow())
			.isInstanceOf(com.leeway.system.UserFacingException.Forbidden.class);
	}

}
