package com.leeway.request;

import java.time.Instant;

/**
 * A decider asked the requester a question instead of deciding; the request waits for the requester's answer.
 */
public record RequestQuestionAsked(Long requestId, String reference, String requester, String askedBy,
		String question, Instant at) {
}
