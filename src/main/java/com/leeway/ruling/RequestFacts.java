package com.leeway.ruling;

import java.math.BigDecimal;

/**
 * What the rules are told about a request: a plain snapshot, never a stored entity.
 *
 * @param renewalCount how many times the exception has been renewed before (0 for a first request)
 * @param previousOutcome the final status of the request being renewed, or {@code null}
 */
public record RequestFacts(String standardKey, String product, String productVersion, String justification,
		int durationDays, int usersAffected, String dataClassification, String compensatingControls,
		BigDecimal estimatedCost, String requester, String department, int renewalCount, String previousOutcome) {

	public static RequestFacts of(String standardKey, String product, String productVersion, String justification,
			int durationDays, int usersAffected, String dataClassification) {
		return new RequestFacts(standardKey, product, productVersion, justification, durationDays, usersAffected,
				dataClassification, null, null, "someone", "Marketing", 0, null);
	}

	public RequestFacts withCompensatingControls(String controls) {
		return new RequestFacts(standardKey, product, productVersion, justification, durationDays, usersAffected,
				dataClassification, controls, estimatedCost, requester, department, renewalCount, previousOutcome);
	}

	public RequestFacts withEstimatedCost(BigDecimal cost) {
		return new RequestFacts(standardKey, product, productVersion, justification, durationDays, usersAffected,
				dataClassification, compensatingControls, cost, requester, department, renewalCount, previousOutcome);
	}

	public RequestFacts asRenewal(int renewalCount, String previousOutcome) {
		return new RequestFacts(standardKey, product, productVersion, justification, durationDays, usersAffected,
				dataClassification, compensatingControls, estimatedCost, requester, department, renewalCount,
				previousOutcome);
	}

	public RequestFacts by(String requester, String department) {
		return new RequestFacts(standardKey, product, productVersion, justification, durationDays, usersAffected,
				dataClassification, compensatingControls, estimatedCost, requester, department, renewalCount,
				previousOutcome);
	}

}
