package com.leeway.escalation;

import com.leeway.request.Decision;
import com.leeway.request.RequestStatus;

/**
 * A person decided a waiting request; {@code status} is where it stands now.
 */
public record RequestDecided(Long requestId, String reference, String requester, String decidedBy,
		Decision decision, RequestStatus wasWaitingAs, RequestStatus status) {
}
