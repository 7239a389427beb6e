package com.leeway.request;

import java.util.List;

import com.leeway.ruling.Finding;
import com.leeway.ruling.Outcome;

/**
 * Which reasons of a ruling a person reads as the reasons for its outcome. Only the findings whose verdict is the
 * final outcome (and notes without a verdict) explain it; a finding the outcome overruled (an approval under an
 * escalation or a denial) was considered but is not a reason, and saying "so it is granted" next to "a manager
 * decides" would contradict itself.
 */
final class Reasons {

	private Reasons() {
	}

	/** The findings that explain the outcome, in the order the rules fired. */
	static List<Finding> decisive(Outcome outcome, List<Finding> findings) {
		return findings.stream().filter(finding -> finding.verdict() == null || finding.verdict() == outcome).toList();
	}

	/** The findings the outcome overruled: considered, but not why it came out this way. */
	static List<Finding> overruled(Outcome outcome, List<Finding> findings) {
		return findings.stream().filter(finding -> finding.verdict() != null && finding.verdict() != outcome).toList();
	}

	/** One plain-language sentence per deciding reason. */
	static String justification(Outcome outcome, List<Finding> findings) {
		return String.join(" ", decisive(outcome, findings).stream().map(Finding::reason).distinct().toList());
	}

}
