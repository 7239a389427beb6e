package com.leeway.conversation;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.leeway.request.Decision;

/**
 * An appeal as people and other systems read it.
 *
 * @param rules the rules the request's findings named when it was appealed
 * @param dueAt when IT staff are due to decide it ({@code leeway.service-levels.appeal-days} working days)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AppealView(Long id, Long requestId, String appellant, String appellantName, String reason,
		String rulingOutcome, List<String> rules, Instant filedAt, Instant dueAt, String status, String decidedBy,
		String decidedByName, Instant decidedAt, String decisionReason, Decision overturnedTo,
		boolean ruleShouldChange) {

	public boolean isOpen() {
		return "OPEN".equals(status);
	}

}
