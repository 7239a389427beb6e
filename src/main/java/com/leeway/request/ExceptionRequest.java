package com.leeway.request;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.leeway.ruling.Finding;
import com.leeway.ruling.Outcome;
import com.leeway.ruling.Ruling;
import com.leeway.system.UserFacingException;

/**
 * A request for an exception to a technology standard, with the rules' ruling and any human decision. The
 * ruling is written once, when the request is submitted; a decision is written once, by the person the request
 * waits for. The version column makes two simultaneous decisions impossible.
 */
@Entity
@Table(name = "exception_request")
public class ExceptionRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, updatable = false)
	private String requester;

	@Column(nullable = false, updatable = false)
	private String department;

	@Column(name = "standard_key", nullable = false, updatable = false)
	private String standardKey;

	@Column(name = "standard_name", nullable = false, updatable = false)
	private String standardName;

	@Column(nullable = false, updatable = false)
	private String product;

	@Column(name = "product_version", updatable = false)
	private String productVersion;

	@Column(nullable = false, updatable = false)
	private String justification;

	@Column(name = "duration_days", nullable = false, updatable = false)
	private int durationDays;

	@Column(name = "users_affected", nullable = false, updatable = false)
	private int usersAffected;

	@Enumerated(EnumType.STRING)
	@Column(name = "data_classification", nullable = false, updatable = false)
	private DataClassification dataClassification;

	@Column(name = "compensating_controls", updatable = false)
	private String compensatingControls;

	@Column(name = "estimated_cost", updatable = false)
	private BigDecimal estimatedCost;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private RequestStatus status;

	@Column(name = "submitted_at", nullable = false, updatable = false)
	private Instant submittedAt;

	@Column(name = "acknowledged_at")
	private Instant acknowledgedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "ruling_outcome", nullable = false, updatable = false)
	private Outcome rulingOutcome;

	@Column(name = "ruling_justification", nullable = false, updatable = false)
	private String rulingJustification;

	@Column(name = "ruling_conditions", nullable = false, updatable = false)
	private String rulingConditions;

	@Column(name = "ruling_rules", nullable = false, updatable = false)
	private String rulingRules;

	@Column(name = "ruling_findings", nullable = false, updatable = false)
	private String rulingFindings;

	@Column(name = "ruling_max_days", updatable = false)
	private Integer rulingMaxDays;

	@Column(name = "ruleset_version", nullable = false, updatable = false)
	private String rulesetVersion;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_justification")
	private String decisionJustification;

	@Column(name = "renewal_of_id", updatable = false)
	private Long renewalOfId;

	@Column(name = "renewal_count", nullable = false, updatable = false)
	private int renewalCount;

	protected ExceptionRequest() {
	}

	ExceptionRequest(SubmitRequest submitted, String standardName, String requester, String department,
			Instant now, Ruling ruling, Long renewalOfId, int renewalCount) {
		this.requester = requester;
		this.department = department;
		this.standardKey = submitted.standardKey().trim();
		this.standardName = standardName;
		this.product = submitted.product().trim();
		this.productVersion = blankToNull(submitted.productVersion());
		this.justification = submitted.justification().trim();
		this.durationDays = submitted.durationDays();
		this.usersAffected = submitted.usersAffected();
		this.dataClassification = DataClassification.valueOf(submitted.dataClassification());
		this.compensatingControls = blankToNull(submitted.compensatingControls());
		this.estimatedCost = submitted.estimatedCost();
		this.submittedAt = now;
		this.acknowledgedAt = now;
		this.renewalOfId = renewalOfId;
		this.renewalCount = renewalCount;
		this.rulingOutcome = ruling.outcome();
		this.rulingJustification = ruling.justification();
		this.rulingConditions = String.join("\n", ruling.conditions());
		this.rulingRules = String.join("\n", ruling.rules());
		this.rulingFindings = encode(ruling.findings());
		this.rulingMaxDays = ruling.maxDays();
		this.rulesetVersion = ruling.rulesetVersion();
		switch (ruling.outcome()) {
			case APPROVE -> grant(now);
			case DENY -> close(RequestStatus.DENIED, now);
			case ESCALATE -> this.status = RequestStatus.ESCALATED;
			case REVIEW -> this.status = RequestStatus.IN_REVIEW;
		}
	}

	/** The decision of the person the request waits for. The caller has checked they may make it. */
	public void decide(Decision decision, String decidedBy, String justification, Instant now) {
		if (!status.isWaiting()) {
			throw new UserFacingException.Conflict("request.notWaiting", reference(), status.words());
		}
		if (status == RequestStatus.ESCALATED && decision == Decision.ESCALATE) {
			throw new UserFacingException.Conflict("request.alreadyEscalated", reference());
		}
		this.decision = decision;
		this.decidedBy = decidedBy;
		this.decidedAt = now;
		this.decisionJustification = justification.trim();
		switch (decision) {
			case APPROVE -> grant(now);
			case DENY -> close(RequestStatus.DENIED, now);
			case ESCALATE -> this.status = RequestStatus.ESCALATED;
		}
	}

	void withdraw(Instant now) {
		if (!status.isWaiting()) {
			throw new UserFacingException.Conflict("request.cannotWithdraw", reference(), status.words());
		}
		close(RequestStatus.WITHDRAWN, now);
	}

	void expire(Instant now) {
		if (status != RequestStatus.APPROVED) {
			throw new UserFacingException.Conflict("request.notGranted", reference(), status.words());
		}
		close(RequestStatus.EXPIRED, now);
	}

	void revoke(Instant now) {
		if (status != RequestStatus.APPROVED) {
			throw new UserFacingException.Conflict("request.notGranted", reference(), status.words());
		}
		close(RequestStatus.REVOKED, now);
	}

	private void grant(Instant now) {
		this.status = RequestStatus.APPROVED;
		int days = rulingMaxDays == null ? durationDays : Math.min(rulingMaxDays, durationDays);
		this.expiresAt = now.plus(Duration.ofDays(days));
	}

	private void close(RequestStatus closedAs, Instant now) {
		this.status = closedAs;
		this.closedAt = now;
	}

	/** The reference people quote: EXC-2026-000123. */
	public String reference() {
		return reference(id, submittedAt);
	}

	public static String reference(Long id, Instant submittedAt) {
		return "EXC-%d-%06d".formatted(submittedAt.atZone(ZoneOffset.UTC).getYear(), id);
	}

	public Long getId() {
		return id;
	}

	public String getRequester() {
		return requester;
	}

	public String getDepartment() {
		return department;
	}

	public String getStandardKey() {
		return standardKey;
	}

	public String getStandardName() {
		return standardName;
	}

	public String getProduct() {
		return product;
	}

	public String getProductVersion() {
		return productVersion;
	}

	public String getJustification() {
		return justification;
	}

	public int getDurationDays() {
		return durationDays;
	}

	public int getUsersAffected() {
		return usersAffected;
	}

	public DataClassification getDataClassification() {
		return dataClassification;
	}

	public String getCompensatingControls() {
		return compensatingControls;
	}

	public BigDecimal getEstimatedCost() {
		return estimatedCost;
	}

	public RequestStatus getStatus() {
		return status;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public Instant getAcknowledgedAt() {
		return acknowledgedAt;
	}

	public Instant getClosedAt() {
		return closedAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Outcome getRulingOutcome() {
		return rulingOutcome;
	}

	public String getRulingJustification() {
		return rulingJustification;
	}

	public List<String> getRulingConditions() {
		return lines(rulingConditions);
	}

	public List<String> getRulingRules() {
		return lines(rulingRules);
	}

	public List<Finding> getRulingFindings() {
		List<Finding> findings = new ArrayList<>();
		for (String line : lines(rulingFindings)) {
			String[] parts = line.split("\t", 3);
			if (parts.length == 3) {
				findings.add(new Finding(parts[1], parts[0].isEmpty() ? null : Outcome.valueOf(parts[0]), parts[2]));
			}
		}
		return findings;
	}

	public String getRulesetVersion() {
		return rulesetVersion;
	}

	public Decision getDecision() {
		return decision;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionJustification() {
		return decisionJustification;
	}

	public Long getRenewalOfId() {
		return renewalOfId;
	}

	public int getRenewalCount() {
		return renewalCount;
	}

	private static String encode(List<Finding> findings) {
		StringBuilder text = new StringBuilder();
		for (Finding finding : findings) {
			if (!text.isEmpty()) {
				text.append('\n');
			}
			text.append(finding.verdict() == null ? "" : finding.verdict().name())
				.append('\t')
				.append(oneLine(finding.rule()))
				.append('\t')
				.append(oneLine(finding.reason()));
		}
		return text.toString();
	}

	private static String oneLine(String text) {
		return text.replace('\n', ' ').replace('\t', ' ');
	}

	private static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
