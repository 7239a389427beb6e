package com.leeway.review;

import java.util.List;

/**
 * A proposal to change a standard: people approved this product for this standard again and again when the rules
 * sent it to them. Nothing changes by itself: the drafted rule and its test go through the rule editor's checks,
 * test, preview and publication like any change.
 *
 * @param approvals how many of the escalations people approved
 * @param escalations how many escalations of this standard and product people decided
 * @param rulePath where the drafted rule would live in the rules folder
 * @param rule the drafted rule file (DRL within the safe subset)
 * @param testPath where its rule test would live
 * @param test the rule test (YAML), built from the latest approved precedent
 */
public record Candidate(String standardKey, String standardName, String product, int approvals, int escalations,
		String ruleName, String rulePath, String rule, String testPath, String test, List<Precedent> precedents) {

	public double share() {
		return escalations == 0 ? 0 : (double) approvals / escalations;
	}

}
