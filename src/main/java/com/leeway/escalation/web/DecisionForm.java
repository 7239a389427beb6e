package com.leeway.escalation.web;

import com.leeway.request.DecideRequest;
import com.leeway.request.Decision;

/**
 * The decision form as the browser sends it.
 */
public class DecisionForm {

	private Decision decision;

	private String justification;

	/** Conditions the decider adds to an approval, one a line. */
	private String conditions;

	private Integer grantedDays;

	DecideRequest toCommand() {
		java.util.List<String> added = conditions == null ? java.util.List.of()
				: conditions.lines().map(String::trim).filter(line -> !line.isEmpty()).toList();
		return new DecideRequest(decision, justification, added, grantedDays);
	}

	public String getConditions() {
		return conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

	public Integer getGrantedDays() {
		return grantedDays;
	}

	public void setGrantedDays(Integer grantedDays) {
		this.grantedDays = grantedDays;
	}

	public Decision getDecision() {
		return decision;
	}

	public void setDecision(Decision decision) {
		this.decision = decision;
	}

	public String getJustification() {
		return justification;
	}

	public void setJustification(String justification) {
		this.justification = justification;
	}

}
