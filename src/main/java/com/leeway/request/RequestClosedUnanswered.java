package com.leeway.request;

/**
 * Nobody answered a decider's question in time ({@code leeway.service-levels.answer-days}); the request is closed
 * as unanswered and reopens when the requester answers after all.
 */
public record RequestClosedUnanswered(Long requestId, String reference, String requester, String askedBy) {
}
