package com.leeway.request;

/**
 * The requester answered a decider's question.
 *
 * @param status where the request stands after the answer: back with its holder, or decided by the rules ruling
 *        again on what the answer changed
 * @param changed whether the answer changed the request (then the rules ruled again)
 * @param reopened whether the request had been closed as unanswered
 */
public record RequestAnswered(Long requestId, String reference, String requester, String askedBy,
		RequestStatus status, boolean changed, boolean reopened) {
}
