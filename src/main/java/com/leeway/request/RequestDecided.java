package com.leeway.request;

/**
 * A person decided a waiting request; {@code status} is where it stands now (approved, denied, or, when IT staff
 * sent a reviewed request on, escalated — then {@link RequestEscalated} follows as well).
 */
public record RequestDecided(Long requestId, String reference, String requester, String decidedBy,
		Decision decision, RequestStatus wasWaitingAs, RequestStatus status) {
}
