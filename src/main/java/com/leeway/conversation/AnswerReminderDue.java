package com.leeway.conversation;

import java.time.Instant;

/**
 * A requester has not answered a decider's question and the answer is due soon.
 *
 * @param askedAt when the question was asked (one reminder per question)
 */
public record AnswerReminderDue(Long requestId, String requester, Instant askedAt, Instant due) {
}
