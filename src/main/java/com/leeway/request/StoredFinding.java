package com.leeway.request;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import com.leeway.ruling.Finding;
import com.leeway.ruling.Outcome;

/** One finding of a stored ruling: a row of {@code request_finding}. */
@Embeddable
class StoredFinding {

	@Column(name = "rule", nullable = false)
	private String rule;

	@Enumerated(EnumType.STRING)
	@Column(name = "verdict")
	private Outcome verdict;

	@Column(name = "reason", nullable = false)
	private String reason;

	protected StoredFinding() {
	}

	StoredFinding(Finding finding) {
		this.rule = finding.rule();
		this.verdict = finding.verdict();
		this.reason = finding.reason();
	}

	Finding finding() {
		return new Finding(rule, verdict, reason);
	}

}
