package com.leeway.request;

/**
 * Where a request stands.
 */
public enum RequestStatus {

	APPROVED, DENIED, ESCALATED, IN_REVIEW, WITHDRAWN, EXPIRED, REVOKED,
	/** A decider asked the requester a question; the decider's clock stands still until the answer. */
	WAITING_FOR_REQUESTER,
	/** Nobody answered the decider's question in time; answering it still reopens the request. */
	CLOSED_UNANSWERED,
	/** A granted exception put on hold while a declared emergency lasts; granted again when it ends. */
	SUSPENDED;

	/** Waiting for a person: a manager (escalated), IT staff (in review) or the requester (asked a question). */
	public boolean isWaiting() {
		return waitsForDecider() || this == WAITING_FOR_REQUESTER;
	}

	/** Waiting for someone to decide it: a manager (escalated) or IT staff (in review). */
	public boolean waitsForDecider() {
		return this == ESCALATED || this == IN_REVIEW;
	}

	/** The status in everyday words: "approved", "in review". */
	public String words() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}

	/** Closed: nothing more will happen to it unless it is renewed. */
	public boolean isClosed() {
		return !isWaiting() && this != APPROVED && this != SUSPENDED;
	}

}
