package com.leeway.request;

/**
 * What a request waits for now.
 */
public enum WaitsFor {

	/** A manager (or whoever the request was passed to) decides an escalation. */
	MANAGER_DECISION,
	/** IT staff review a request no rule decided. */
	IT_REVIEW,
	/** The requester answers a decider's question; the decider's clock stands still meanwhile. */
	REQUESTER_ANSWER,
	/** Nobody: the request is decided, granted or closed. */
	NOTHING;

	public static WaitsFor of(RequestStatus status) {
		return switch (status) {
			case ESCALATED -> MANAGER_DECISION;
			case IN_REVIEW -> IT_REVIEW;
			case WAITING_FOR_REQUESTER -> REQUESTER_ANSWER;
			default -> NOTHING;
		};
	}

}
