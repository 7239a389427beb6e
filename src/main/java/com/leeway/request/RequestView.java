package com.leeway.request;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.leeway.ruling.Finding;
import com.leeway.ruling.Ruling;

/**
 * A request as people and other systems read it: the API body and the model of the request page.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RequestView(Long id, String reference, RequestStatus status, String requester, String requesterName,
		String department, String standardKey, String standardName, String product, String productVersion,
		String justification, int durationDays, int usersAffected, DataClassification dataClassification,
		String compensatingControls, BigDecimal estimatedCost, Instant submittedAt, Instant acknowledgedAt,
		Instant closedAt, RulingView ruling, Instant expiresAt, DecisionView decision, Long renewalOf,
		int renewalCount, List<Event> timeline) {

	/** What the rules said. */
	public record RulingView(String outcome, String justification, List<String> conditions, List<String> rules,
			String rulesetVersion, List<Finding> findings) {

		static RulingView of(Ruling ruling) {
			return new RulingView(ruling.outcome().name(), ruling.justification(), ruling.conditions(),
					ruling.rules(), ruling.rulesetVersion(), ruling.findings());
		}

	}

	/** What a person decided, and why. */
	public record DecisionView(Decision decision, String decidedBy, String decidedByName, Instant decidedAt,
			String justification) {
	}

	/** One entry of the timeline. */
	public record Event(Instant at, String actor, String actorName, String type, String text) {
	}

	/** The same request without its timeline, as the API answers a submission. */
	public RequestView withoutTimeline() {
		return new RequestView(id, reference, status, requester, requesterName, department, standardKey, standardName,
				product, productVersion, justification, durationDays, usersAffected, dataClassification,
				compensatingControls, estimatedCost, submittedAt, acknowledgedAt, closedAt, ruling, expiresAt, decision,
				renewalOf, renewalCount, null);
	}

	public boolean isWaiting() {
		return status.isWaiting();
	}

}
