package com.leeway.ruling;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * The rules' answer to one request: the combined verdict, one finding per rule that spoke, the conditions
 * attached to a grant, the longest duration the rules allow, and the version of the rule set that decided.
 */
public record Ruling(Outcome outcome, List<Finding> findings, List<String> conditions, Integer maxDays,
		String rulesetVersion) {

	/** What a requester reads when the rules failed or were stopped; the details are for IT staff only. */
	public static final String COULD_NOT_DECIDE = "The rules could not reach a decision on this request, so a member of IT staff will review it by hand.";

	static final String NO_RULE_DECIDED = "No rule decides this kind of request on its own, so a member of IT staff will review it.";

	public Ruling {
		findings = List.copyOf(findings);
		conditions = List.copyOf(conditions);
		Objects.requireNonNull(outcome);
	}

	/**
	 * Combines what the rules said, following {@link Verdicts#combine}.
	 */
	public static Ruling of(List<Finding> findings, List<String> conditions, Integer maxDays, int requestedDays,
			String rulesetVersion) {
		java.util.EnumSet<Outcome> verdicts = java.util.EnumSet.noneOf(Outcome.class);
		for (Finding finding : findings) {
			if (finding.verdict() != null) {
				verdicts.add(finding.verdict());
			}
		}
		Outcome outcome = Verdicts.combine(verdicts);
		List<String> allConditions = new ArrayList<>(new LinkedHashSet<>(conditions));
		if (outcome == Outcome.APPROVE || outcome == Outcome.ESCALATE) {
			int days = grantedDays(maxDays, requestedDays);
			allConditions.add(0, "Expires after " + days + (days == 1 ? " day" : " days"));
		}
		List<Finding> allFindings = new ArrayList<>(findings);
		if (outcome == Outcome.REVIEW) {
			allFindings.add(new Finding("", null, NO_RULE_DECIDED));
		}
		return new Ruling(outcome, allFindings, allConditions, maxDays, rulesetVersion);
	}

	/** A ruling made without the rules, for example when evaluation had to be stopped. */
	public static Ruling forReview(String reason, String rulesetVersion) {
		return new Ruling(Outcome.REVIEW, List.of(new Finding("", null, reason)), List.of(), null,
				rulesetVersion);
	}

	/**
	 * The ruling when the rules failed or were stopped by a limit: IT staff review the request by hand, and the
	 * requester reads a plain note, never what went wrong inside the rules.
	 */
	public static Ruling couldNotDecide(String rulesetVersion) {
		return forReview(COULD_NOT_DECIDE, rulesetVersion);
	}

	/** One plain-language sentence per rule that gave a reason, in the order the rules fired. */
	public String justification() {
		return String.join(" ", findings.stream().map(Finding::reason).distinct().toList());
	}

	/** The names of the rules that fired; findings Leeway adds itself have no rule name. */
	public List<String> rules() {
		return findings.stream().map(Finding::rule).filter(rule -> !rule.isEmpty()).distinct().toList();
	}

	/** How many days a grant may last: the request's own duration, capped by the rules. */
	public int grantedDays(int requestedDays) {
		return grantedDays(maxDays, requestedDays);
	}

	/** The one place that says how long a grant lasts: the requested days, capped by the rules' limit if any. */
	public static int grantedDays(Integer maxDays, int requestedDays) {
		return maxDays == null ? requestedDays : Math.min(maxDays, requestedDays);
	}

}
