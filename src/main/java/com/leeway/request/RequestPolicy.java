package com.leeway.request;

import com.leeway.account.Actor;
import com.leeway.account.Role;
import com.leeway.request.Permission.Refusal;

/**
 * Who may do what with a request, and if not, why. Services check it before every change, pages show a form or
 * button only where it allows, and the API answers its refusals.
 * <p>
 * One rule for refusals: <b>reading</b> a request one may not see answers 404, as if it did not exist; an
 * <b>action</b> that is not the person's to take answers 403 (API v1 promises 403 to a manager of another
 * department who tries to decide); an action that is theirs but does not fit the request's state answers 409.
 */
public final class RequestPolicy {

	private RequestPolicy() {
	}

	/** The requester, the managers of the requester's department, IT staff and administrators. */
	public static Permission see(Actor actor, RequestStanding request) {
		if (actor.seesEverything() || isRequester(actor, request) || isManagerOfDepartment(actor, request)) {
			return Permission.allowed();
		}
		return Permission.refused(Refusal.NOT_FOUND, "request.notFound", request.id());
	}

	/**
	 * Whoever holds the request now (see {@link RequestAgenda}) may decide it; never the requester. When it no
	 * longer waits, those who could have decided it hear so; everyone else hears it is not theirs.
	 */
	public static Permission decide(Actor actor, RequestStanding request, Holding agenda) {
		if (isRequester(actor, request)) {
			return Permission.refused(Refusal.FORBIDDEN, "decision.ownRequest", request.reference());
		}
		if (request.status().waitsForDecider()) {
			return agenda.isHeldBy(actor.username()) ? Permission.allowed()
					: Permission.refused(Refusal.FORBIDDEN, "decision.notYours", request.reference());
		}
		if (isManagerOfDepartment(actor, request) || actor.is(Role.IT_STAFF)
				|| actor.username().equals(request.assignedTo()) || actor.username().equals(request.questionBy())) {
			return request.status() == RequestStatus.WAITING_FOR_REQUESTER
					? Permission.refused(Refusal.CONFLICT, "question.waitsForAnswer", request.reference())
					: Permission.refused(Refusal.CONFLICT, "request.notWaiting", request.reference(),
							StatusWords.of(request.status()));
		}
		return Permission.refused(Refusal.FORBIDDEN, "decision.notYours", request.reference());
	}

	/**
	 * Whoever may decide the request may ask the requester a question instead (never the requester); one question
	 * at a time.
	 */
	public static Permission ask(Actor actor, RequestStanding request, Holding agenda) {
		return decide(actor, request, agenda);
	}

	/**
	 * The requester answers the open question, also after the request was closed as unanswered (the answer reopens
	 * it); nobody else answers for them.
	 */
	public static Permission answer(Actor actor, RequestStanding request) {
		if (!isRequester(actor, request)) {
			return Permission.refused(Refusal.FORBIDDEN, "question.answer.notYours", request.reference());
		}
		if (request.status() != RequestStatus.WAITING_FOR_REQUESTER
				&& request.status() != RequestStatus.CLOSED_UNANSWERED) {
			return Permission.refused(Refusal.CONFLICT, "question.notOpen", request.reference());
		}
		return Permission.allowed();
	}

	/** Deciding this way: only a request in IT review can be sent on to a manager. */
	public static Permission decide(Actor actor, RequestStanding request, Holding agenda, Decision decision) {
		Permission mayDecide = decide(actor, request, agenda);
		if (mayDecide.isAllowed() && decision == Decision.ESCALATE && request.status() != RequestStatus.IN_REVIEW) {
			return Permission.refused(Refusal.CONFLICT, "request.alreadyEscalated", request.reference());
		}
		return mayDecide;
	}

	/** The requester withdraws a request that still waits for a person. */
	public static Permission withdraw(Actor actor, RequestStanding request) {
		if (!isRequester(actor, request)) {
			return Permission.refused(Refusal.FORBIDDEN, "request.withdraw.notYours", request.reference());
		}
		if (!request.status().isWaiting()) {
			return Permission.refused(Refusal.CONFLICT, "request.cannotWithdraw", request.reference(),
					StatusWords.of(request.status()));
		}
		return Permission.allowed();
	}

	/** The requester renews their granted or expired exception, once. */
	public static Permission renew(Actor actor, RequestStanding request) {
		if (!isRequester(actor, request)) {
			return Permission.refused(Refusal.FORBIDDEN, "renewal.notYours", request.reference());
		}
		if (request.status() != RequestStatus.APPROVED && request.status() != RequestStatus.EXPIRED) {
			return Permission.refused(Refusal.CONFLICT, "renewal.notGranted", request.reference(),
					StatusWords.of(request.status()));
		}
		if (request.renewed()) {
			return Permission.refused(Refusal.CONFLICT, "renewal.alreadyRenewed", request.reference());
		}
		return Permission.allowed();
	}

	/** IT staff and the managers of the requester's department revoke a granted exception; never their own. */
	public static Permission revoke(Actor actor, RequestStanding request) {
		if (isRequester(actor, request) || !(actor.is(Role.IT_STAFF) || isManagerOfDepartment(actor, request))) {
			return Permission.refused(Refusal.FORBIDDEN, "revocation.notYours", request.reference());
		}
		if (request.status() != RequestStatus.APPROVED) {
			return Permission.refused(Refusal.CONFLICT, "request.notGranted", request.reference(),
					StatusWords.of(request.status()));
		}
		return Permission.allowed();
	}

	/** The requester says how it went, once the request no longer waits for anyone. */
	public static Permission rate(Actor actor, RequestStanding request) {
		if (!isRequester(actor, request)) {
			return Permission.refused(Refusal.FORBIDDEN, "satisfaction.notYours", request.reference());
		}
		if (request.status().isWaiting()) {
			return Permission.refused(Refusal.CONFLICT, "satisfaction.notClosed", request.reference());
		}
		return Permission.allowed();
	}

	/** IT staff and administrators move a waiting request to another decider; never their own request. */
	public static Permission reassign(Actor actor, RequestStanding request) {
		if (isRequester(actor, request) || !actor.seesEverything()) {
			return Permission.refused(Refusal.FORBIDDEN, "reassignment.notAllowed", request.reference());
		}
		if (!request.status().waitsForDecider()) {
			return Permission.refused(Refusal.CONFLICT, "reassignment.notWaiting", request.reference(),
					StatusWords.of(request.status()));
		}
		return Permission.allowed();
	}

	/** Everything this person may do with this request now, for a page to show only what they may use. */
	public static Allowed allowed(Actor actor, RequestStanding request, Holding agenda) {
		boolean decide = decide(actor, request, agenda).isAllowed();
		return new Allowed(decide, decide && request.status() == RequestStatus.IN_REVIEW,
				withdraw(actor, request).isAllowed(), renew(actor, request).isAllowed(),
				revoke(actor, request).isAllowed(), rate(actor, request).isAllowed(),
				reassign(actor, request).isAllowed(), decide, answer(actor, request).isAllowed());
	}

	/** What a page may offer this reader. */
	public record Allowed(boolean decide, boolean escalate, boolean withdraw, boolean renew, boolean revoke,
			boolean rate, boolean reassign, boolean ask, boolean answer) {
	}

	private static boolean isRequester(Actor actor, RequestStanding request) {
		return actor.username().equals(request.requester());
	}

	private static boolean isManagerOfDepartment(Actor actor, RequestStanding request) {
		return actor.is(Role.MANAGER) && actor.department().equals(request.department());
	}

}
