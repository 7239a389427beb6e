package com.leeway.conversation;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import com.leeway.request.Decision;
import com.leeway.system.UserFacingException;

/**
 * A requester's appeal against the rules' own decision on their request, decided by IT staff: upheld (the rules'
 * decision stands) or overturned (approved, denied or sent to a manager instead). The rules the request's findings
 * named are kept with it, and whether the rule should change, for the service review. One open appeal per request:
 * {@code open_request_id} holds the request's id while open, and is unique.
 */
@Entity
@Table(name = "request_appeal")
class Appeal {

	enum Status {
		OPEN, UPHELD, OVERTURNED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false, updatable = false)
	private Long requestId;

	@Column(nullable = false, updatable = false)
	private String appellant;

	@Column(nullable = false, updatable = false)
	private String reason;

	@Column(name = "ruling_outcome", nullable = false, updatable = false)
	private String rulingOutcome;

	@Column(nullable = false, updatable = false)
	private String rules;

	@Column(name = "filed_at", nullable = false, updatable = false)
	private Instant filedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_reason")
	private String decisionReason;

	@Enumerated(EnumType.STRING)
	@Column(name = "overturned_to")
	private Decision overturnedTo;

	@Column(name = "rule_should_change", nullable = false)
	private boolean ruleShouldChange;

	@Column(name = "open_request_id")
	private Long openRequestId;

	protected Appeal() {
	}

	Appeal(Long requestId, String appellant, String reason, String rulingOutcome, String rules, Instant filedAt) {
		this.requestId = requestId;
		this.appellant = appellant;
		this.reason = reason;
		this.rulingOutcome = rulingOutcome;
		this.rules = rules;
		this.filedAt = filedAt.truncatedTo(ChronoUnit.MICROS);
		this.status = Status.OPEN;
		this.openRequestId = requestId;
	}

	void decide(boolean overturn, Decision to, String by, String why, boolean ruleShouldChange, Instant now) {
		if (status != Status.OPEN) {
			throw new UserFacingException.Conflict("appeal.notOpen");
		}
		this.status = overturn ? Status.OVERTURNED : Status.UPHELD;
		this.overturnedTo = overturn ? to : null;
		this.decidedBy = by;
		this.decidedAt = now.truncatedTo(ChronoUnit.MICROS);
		this.decisionReason = why;
		this.ruleShouldChange = ruleShouldChange;
		this.openRequestId = null;
	}

	Long getId() {
		return id;
	}

	Long getRequestId() {
		return requestId;
	}

	String getAppellant() {
		return appellant;
	}

	String getReason() {
		return reason;
	}

	String getRulingOutcome() {
		return rulingOutcome;
	}

	String getRules() {
		return rules;
	}

	Instant getFiledAt() {
		return filedAt;
	}

	Status getStatus() {
		return status;
	}

	String getDecidedBy() {
		return decidedBy;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	String getDecisionReason() {
		return decisionReason;
	}

	Decision getOverturnedTo() {
		return overturnedTo;
	}

	boolean isRuleShouldChange() {
		return ruleShouldChange;
	}

}
