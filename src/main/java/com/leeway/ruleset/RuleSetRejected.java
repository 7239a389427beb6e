package com.leeway.ruleset;

/**
 * A candidate that may not be published: it does not compile or a rule test fails. The active rule set stays.
 */
public class RuleSetRejected extends RuntimeException {

	private final transient CandidateCheck check;

	public RuleSetRejected(CandidateCheck check) {
		super(check.verdict());
		this.check = check;
	}

	public CandidateCheck check() {
		return check;
	}

}
