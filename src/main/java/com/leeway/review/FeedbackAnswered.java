package com.leeway.review;

import java.time.Instant;

/**
 * IT staff answered someone's feedback; the author is told, in their language.
 *
 * @param author the user name of who gave the feedback
 * @param feedback what they wrote
 */
public record FeedbackAnswered(Long feedbackId, String author, String feedback, Instant givenAt, String answeredBy,
		String answer) {
}
