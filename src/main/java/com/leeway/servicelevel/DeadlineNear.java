package com.leeway.servicelevel;

import java.time.Instant;

import com.leeway.request.RequestStatus;

/**
 * A waiting request is due soon: {@code holder} (a manager for an escalation, a member of IT staff for a review)
 * should decide it by {@code due}.
 */
public record DeadlineNear(Long requestId, RequestStatus waitingAs, String holder, Instant due) {
}
