package com.leeway.ruling;

import java.math.BigDecimal;

/**
 * What the rules are told about a request: a plain snapshot, never a stored entity.
 *
 * @param renewalCount how many times the exception has been renewed before (0 for a first request)
 * @param previousOutcome the final status of the request being renewed, or {@code null}
 * @param emergency whether a declared emergency covers the request's standard or product
 */
public record RequestFacts(String standardKey, String product, String productVersion, String justification,
		int durationDays, int usersAffected, String dataClassification, String compensatingControls,
		BigDecimal estimatedCost, String requester, String department, int renewalCount, String previousOutcome,
		boolean emergency) {

	/** A request no emergency covers. */
	public RequestFacts(String standardKey, String product, String productVersion, String justification,
			int durationDays, int usersAffected, String dataClassification, String compensatingControls,
			BigDecimal estimatedCost, String requester, String department, int renewalCount, String previousOutcome) {
		this(standardKey, product, productVersion, justification, durationDays, usersAffected, dataClassification,
				compensatingControls, estimatedCost, requester, department, renewalCount, previousOutcome, false);
	}

	/** The same request, in or out of a declared emergency's scope. */
	public RequestFacts inEmergency(boolean inScope) {
		return new RequestFacts(standardKey, product, productVersion, justification, durationDays, usersAffected,
				dataClassification, compensatingControls, estimatedCost, requester, department, renewalCount,
				previousOutcome, inScope);
	}

	public static RequestFacts of(String standardKey, String product, String productVersion, String justification,
			int durationDays, int usersAffected, String dataClassification) {
		return new RequestFacts(standardKey, product, productVersion, justification, durationDays, usersAffected,
				dataClassification, null, null, "someone", "Marketing", 0, null, false);
	}

	public RequestFacts withCompensatingControls(String controls) {
		return new RequestFacts(standardKey, product, productVersion, justification, durationDays, usersAffected,
				dataClassification, controls, estimatedCost, requester, department, renewalCount, previousOutcome,
				emergency);
	}

	public RequestFacts withEstimatedCost(BigDecimal cost) {
		return new RequestFacts(standardKey, product, productVersion, justification, durationDays, usersAffected,
				dataClassification, compensatingControls, cost, requester, department, renewalCount, previousOutcome,
				emergency);
	}

	public RequestFacts asRenewal(int renewalCount, String previousOutcome) {
		return new RequestFacts(standardKey, product, productVersion, justification, durationDays, usersAffected,
				dataClassification, compensatingControls, estimatedCost, requester, department, renewalCount,
				previousOutcome, emergency);
	}

	public RequestFacts by(String requester, String department) {
		return new RequestFacts(standardKey, product, productVersion, justification, durationDays, usersAffected,
				dataClassification, compensatingControls, estimatedCost, requester, department, renewalCount,
				previousOutcome, emergency);
	}

}
