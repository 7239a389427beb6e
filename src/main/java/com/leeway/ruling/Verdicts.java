package com.leeway.ruling;

import java.util.Collection;

/**
 * The one place that says how the verdicts of several rules combine: a denial beats an escalation, an
 * escalation beats an approval, and a request no rule decided goes to IT staff for review. Conditions and
 * reasons of every rule that fired accumulate; the shortest duration cap wins.
 */
public final class Verdicts {

	private Verdicts() {
	}

	public static Outcome combine(Collection<Outcome> verdicts) {
		if (verdicts.contains(Outcome.DENY)) {
			return Outcome.DENY;
		}
		if (verdicts.contains(Outcome.ESCALATE)) {
			return Outcome.ESCALATE;
		}
		if (verdicts.contains(Outcome.APPROVE)) {
			return Outcome.APPROVE;
		}
		return Outcome.REVIEW;
	}

}
