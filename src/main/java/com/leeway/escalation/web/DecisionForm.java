package com.leeway.escalation.web;

import com.leeway.request.DecideRequest;
import com.leeway.request.Decision;

/**
 * The decision form as the browser sends it.
 */
public class DecisionForm {

	private Decision decision;

	private String justification;

	DecideRequest toCommand() {
		return new DecideRequest(decision, justification);
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
