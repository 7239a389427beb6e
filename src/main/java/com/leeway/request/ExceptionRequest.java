package com.leeway.request;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Formula;
import org.springframework.data.domain.AbstractAggregateRoot;

import com.leeway.account.Actor;
import com.leeway.ruling.Finding;
import com.leeway.ruling.Outcome;
import com.leeway.ruling.Ruling;
import com.leeway.system.UserFacingException;

/**
 * A request for an exception to a technology standard: the one aggregate of a request's life. Every change is a
 * transition method here, visible to this package only, that checks the request's own state and registers what
 * happened as an event; the events are published when the request is saved through {@link ExceptionRequests}.
 * Who may ask for a transition is {@link RequestPolicy}'s question, asked by the services before they call one.
 * <p>
 * The ruling is stored as data (findings with their verdicts, conditions, the limit on granted days, the rule set
 * version) once, at submission; the outcome's reasons are derived from it when read. The version column lets
 * exactly one of two simultaneous changes through.
 */
@Entity
@Table(name = "exception_request")
class ExceptionRequest extends AbstractAggregateRoot<ExceptionRequest> {

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

	@Column(name = "duration_days", nullable = false)
	private int durationDays;

	@Column(name = "users_affected", nullable = false)
	private int usersAffected;

	@Enumerated(EnumType.STRING)
	@Column(name = "data_classification", nullable = false, updatable = false)
	private DataClassification dataClassification;

	@Column(name = "compensating_controls")
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

	/** When the current wait for a person began; null when the request waits for nobody. */
	@Column(name = "waiting_since")
	private Instant waitingSince;

	/** Who holds the request after a reassignment or a pass-on; null while it is with the usual deciders. */
	@Column(name = "assigned_to")
	private String assignedTo;

	@Enumerated(EnumType.STRING)
	@Column(name = "ruling_outcome", nullable = false)
	private Outcome rulingOutcome;

	@ElementCollection
	@CollectionTable(name = "request_finding", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 100)
	private List<StoredFinding> findings = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "request_condition", joinColumns = @JoinColumn(name = "request_id"))
	@OrderColumn(name = "position")
	@Column(name = "text", nullable = false)
	@BatchSize(size = 100)
	private List<String> conditions = new ArrayList<>();

	@Column(name = "ruling_max_days")
	private Integer rulingMaxDays;

	@Column(name = "ruleset_version", nullable = false)
	private String rulesetVersion;

	@Enumerated(EnumType.STRING)
	private Decision decision;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_justification")
	private String decisionJustification;

	/** The open question a decider asked the requester, who asked it and when; null when none is open. */
	@Column(name = "question")
	private String question;

	@Column(name = "question_by")
	private String questionBy;

	@Column(name = "asked_at")
	private Instant askedAt;

	/** What the request waited as (escalated or in review) before the question, to go back to with the answer. */
	@Enumerated(EnumType.STRING)
	@Column(name = "paused_status")
	private RequestStatus pausedStatus;

	/** How long, in all, the decider's clock stood still while the requester was asked. */
	@Column(name = "paused_seconds", nullable = false)
	private long pausedSeconds;

	/** Conditions a decider added to an approval, one a line. */
	@Column(name = "decision_conditions")
	private String decisionConditions;

	/** A shorter granted time a decider chose (never longer than the rules allow). */
	@Column(name = "decided_days")
	private Integer decidedDays;

	@Column(name = "withdrawal_reason")
	private String withdrawalReason;

	@Column(name = "renewal_of_id", updatable = false)
	private Long renewalOfId;

	@Column(name = "renewal_count", nullable = false, updatable = false)
	private int renewalCount;

	/** The request that renews this one, if any (at most one: a unique index holds it). */
	@Formula("(select renewal.id from exception_request renewal where renewal.renewal_of_id = id)")
	private Long renewedById;

	protected ExceptionRequest() {
	}

	/**
	 * A request as the rules ruled on it. It registers no event yet: it has no id until it is stored, so the
	 * caller stores it, then calls {@link #announceSubmission()} and saves it again.
	 */
	ExceptionRequest(SubmitRequest submitted, String standardName, Actor requester, Instant now, Ruling ruling,
			Long renewalOfId, int renewalCount) {
		now = storable(now);
		this.requester = requester.username();
		this.department = requester.department();
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
		ruling.findings().forEach(finding -> this.findings.add(new StoredFinding(finding)));
		this.conditions.addAll(ruling.conditions());
		this.rulingMaxDays = ruling.maxDays();
		this.rulesetVersion = ruling.rulesetVersion();
		switch (ruling.outcome()) {
			case APPROVE -> grant(now);
			case DENY -> close(RequestStatus.DENIED, now);
			case ESCALATE -> startWaiting(RequestStatus.ESCALATED, now);
			case REVIEW -> startWaiting(RequestStatus.IN_REVIEW, now);
		}
	}

	/** Registers that the stored request was submitted (and, when the rules escalated it, escalated). */
	void announceSubmission() {
		registerEvent(new RequestSubmitted(id, reference(), requester, department, status));
		if (status == RequestStatus.ESCALATED) {
			registerEvent(new RequestEscalated(id, reference(), requester, department, null, submittedAt));
		}
	}

	/** Registers that this stored request renews another. */
	void announceRenewalOf(ExceptionRequest original) {
		registerEvent(new RequestRenewed(id, reference(), original.id, original.reference(), requester));
	}

	/**
	 * The decision of the person the request waits for. Approve grants it, deny closes it, and escalate (IT staff
	 * on a request they reviewed) sends it to a manager: a new wait begins now.
	 */
	void decide(Decision decision, Actor by, String justification, Instant now) {
		decide(decision, by, justification, List.of(), null, now);
	}

	/**
	 * A decision with what the decider adds to an approval: conditions, and a granted time shorter than the rules
	 * allow (never longer: {@link Ruling#grantedDays} caps it).
	 */
	void decide(Decision decision, Actor by, String justification, List<String> addedConditions, Integer days,
			Instant now) {
		now = storable(now);
		if (status == RequestStatus.WAITING_FOR_REQUESTER) {
			throw new UserFacingException.Conflict("question.waitsForAnswer", reference());
		}
		if (!status.waitsForDecider()) {
			throw new UserFacingException.Conflict("request.notWaiting", reference(), StatusWords.of(status));
		}
		if (decision == Decision.ESCALATE && status != RequestStatus.IN_REVIEW) {
			throw new UserFacingException.Conflict("request.alreadyEscalated", reference());
		}
		RequestStatus waitingAs = status;
		this.decision = decision;
		this.decidedBy = by.username();
		this.decidedAt = now;
		this.decisionJustification = justification.trim();
		if (decision == Decision.APPROVE) {
			this.decisionConditions = addedConditions.isEmpty() ? null : String.join("\n", addedConditions);
			this.decidedDays = days;
		}
		switch (decision) {
			case APPROVE -> grant(now);
			case DENY -> close(RequestStatus.DENIED, now);
			case ESCALATE -> {
				startWaiting(RequestStatus.ESCALATED, now);
				this.assignedTo = null;
			}
		}
		registerEvent(new RequestDecided(id, reference(), requester, by.username(), decision, waitingAs, status));
		if (status == RequestStatus.ESCALATED) {
			registerEvent(new RequestEscalated(id, reference(), requester, department, by.username(), now));
		}
	}

	void withdraw(Instant now) {
		withdraw(null, List.of(), now);
	}

	/**
	 * IT staff overturn the rules' own decision on appeal: a denial becomes an approval or goes to a manager; an
	 * escalation by the rules is approved or denied. The stored ruling stays as it was; the decision records who
	 * overturned it and why.
	 */
	void overturn(Decision to, Actor by, String reason, Instant now) {
		now = storable(now);
		boolean ruledDenied = status == RequestStatus.DENIED && this.decision == null;
		boolean ruledEscalated = status == RequestStatus.ESCALATED && this.decision == null;
		if (!(ruledDenied || ruledEscalated) || (ruledDenied && to == Decision.DENY)
				|| (ruledEscalated && to == Decision.ESCALATE)) {
			throw new UserFacingException.Conflict("appeal.cannotOverturnTo", reference(), StatusWords.of(status));
		}
		RequestStatus was = status;
		this.decision = to;
		this.decidedBy = by.username();
		this.decidedAt = now;
		this.decisionJustification = reason.trim();
		this.closedAt = null;
		switch (to) {
			case APPROVE -> grant(now);
			case DENY -> close(RequestStatus.DENIED, now);
			case ESCALATE -> {
				startWaiting(RequestStatus.ESCALATED, now);
				this.assignedTo = null;
			}
		}
		registerEvent(new RequestDecided(id, reference(), requester, by.username(), to, was, status));
		if (status == RequestStatus.ESCALATED) {
			registerEvent(new RequestEscalated(id, reference(), requester, department, by.username(), now));
		}
	}

	/** The requester withdraws a waiting request, saying why if they wish; its holders are told. */
	void withdraw(String reason, List<String> holders, Instant now) {
		now = storable(now);
		if (!status.isWaiting()) {
			throw new UserFacingException.Conflict("request.cannotWithdraw", reference(), StatusWords.of(status));
		}
		RequestStatus waitingAs = status == RequestStatus.WAITING_FOR_REQUESTER ? pausedStatus : status;
		endQuestion(now);
		close(RequestStatus.WITHDRAWN, now);
		this.withdrawalReason = reason;
		registerEvent(new RequestWithdrawn(id, reference(), requester, waitingAs, holders, reason));
	}

	/**
	 * Whoever holds the waiting request asks the requester a question instead of deciding: the request waits for
	 * the requester from now, and the decider's clock stands still until the answer.
	 */
	void ask(String text, Actor by, Instant now) {
		now = storable(now);
		if (status == RequestStatus.WAITING_FOR_REQUESTER) {
			throw new UserFacingException.Conflict("question.alreadyOpen", reference());
		}
		if (!status.waitsForDecider()) {
			throw new UserFacingException.Conflict("request.notWaiting", reference(), StatusWords.of(status));
		}
		this.pausedStatus = status;
		this.status = RequestStatus.WAITING_FOR_REQUESTER;
		this.question = text;
		this.questionBy = by.username();
		this.askedAt = now;
		registerEvent(new RequestQuestionAsked(id, reference(), requester, by.username(), text, now));
	}

	/** Whether the open question is unanswered past its deadline. */
	boolean isUnansweredBy(Instant deadline) {
		return status == RequestStatus.WAITING_FOR_REQUESTER && !askedAt.isAfter(deadline);
	}

	/** Nobody answered in time: the request closes as unanswered; answering the question still reopens it. */
	void closeUnanswered(Instant now) {
		now = storable(now);
		if (status != RequestStatus.WAITING_FOR_REQUESTER) {
			throw new UserFacingException.Conflict("question.notOpen", reference());
		}
		this.status = RequestStatus.CLOSED_UNANSWERED;
		this.closedAt = now;
		registerEvent(new RequestClosedUnanswered(id, reference(), requester, questionBy));
	}

	/**
	 * The requester answers the open question (also after the request was closed as unanswered), perhaps changing
	 * what they ask for; the rules have ruled again on the changed request when {@code ruledAgain} is given. A new
	 * ruling that approves or denies decides the request; otherwise it goes back to whoever held it, whose clock
	 * resumes, moved by the time the requester took.
	 */
	void answer(String answer, Changes changes, Ruling ruledAgain, Instant now) {
		now = storable(now);
		if (status != RequestStatus.WAITING_FOR_REQUESTER && status != RequestStatus.CLOSED_UNANSWERED) {
			throw new UserFacingException.Conflict("question.notOpen", reference());
		}
		boolean reopened = status == RequestStatus.CLOSED_UNANSWERED;
		String askedBy = questionBy;
		RequestStatus backTo = pausedStatus;
		endQuestion(now);
		this.closedAt = null;
		if (changes.durationDays() != null) {
			this.durationDays = changes.durationDays();
		}
		if (changes.usersAffected() != null) {
			this.usersAffected = changes.usersAffected();
		}
		if (changes.compensatingControls() != null) {
			this.compensatingControls = blankToNull(changes.compensatingControls());
		}
		Outcome newOutcome = null;
		if (ruledAgain != null) {
			this.rulingOutcome = ruledAgain.outcome();
			this.findings.clear();
			ruledAgain.findings().forEach(finding -> this.findings.add(new StoredFinding(finding)));
			this.conditions.clear();
			this.conditions.addAll(ruledAgain.conditions());
			this.rulingMaxDays = ruledAgain.maxDays();
			this.rulesetVersion = ruledAgain.rulesetVersion();
			newOutcome = ruledAgain.outcome();
		}
		if (newOutcome == Outcome.APPROVE) {
			grant(now);
		}
		else if (newOutcome == Outcome.DENY) {
			close(RequestStatus.DENIED, now);
		}
		else {
			this.status = backTo;
		}
		registerEvent(new RequestAnswered(id, reference(), requester, askedBy, status, !changes.isEmpty(), reopened));
	}

	/** What an answer changes in the request; null fields stay as they were. */
	record Changes(Integer durationDays, Integer usersAffected, String compensatingControls) {

		static final Changes NONE = new Changes(null, null, null);

		boolean isEmpty() {
			return durationDays == null && usersAffected == null && compensatingControls == null;
		}

	}

	/** Ends the requester's wait: the time it took is added to the time the decider's clock stood still. */
	private void endQuestion(Instant now) {
		if (askedAt != null) {
			this.pausedSeconds += Math.max(0, Duration.between(askedAt, now).toSeconds());
		}
		this.question = null;
		this.questionBy = null;
		this.askedAt = null;
		if (status == RequestStatus.WAITING_FOR_REQUESTER || status == RequestStatus.CLOSED_UNANSWERED) {
			this.status = pausedStatus;
		}
	}

	/** Whether the granted exception's end date has come. */
	boolean isDueToExpire(Instant now) {
		return status == RequestStatus.APPROVED && !expiresAt.isAfter(now);
	}

	void expire(Instant now) {
		now = storable(now);
		if (!isDueToExpire(now)) {
			throw new UserFacingException.Conflict("request.notGranted", reference(), StatusWords.of(status));
		}
		close(RequestStatus.EXPIRED, now);
		registerEvent(new RequestExpired(id, reference(), requester));
	}

	void revoke(Actor by, String reason, Instant now) {
		now = storable(now);
		if (status != RequestStatus.APPROVED) {
			throw new UserFacingException.Conflict("request.notGranted", reference(), StatusWords.of(status));
		}
		close(RequestStatus.REVOKED, now);
		registerEvent(new RequestRevoked(id, reference(), requester, by.username(), reason));
	}

	/** A declared emergency puts the granted exception on hold; its end date stays as it was. */
	void suspend(String reason) {
		if (status != RequestStatus.APPROVED) {
			throw new UserFacingException.Conflict("request.notGranted", reference(), StatusWords.of(status));
		}
		this.status = RequestStatus.SUSPENDED;
		registerEvent(new RequestSuspended(id, reference(), requester, reason));
	}

	/** The emergency has ended: the suspended exception is granted again, until its own end date. */
	void restore() {
		if (status != RequestStatus.SUSPENDED) {
			throw new UserFacingException.Conflict("request.notSuspended", reference(), StatusWords.of(status));
		}
		this.status = RequestStatus.APPROVED;
		registerEvent(new RequestRestored(id, reference(), requester));
	}

	/** Another decider holds the waiting request from now on; the wait it already had still counts. */
	void reassign(String to, Actor by, String reason) {
		if (!status.waitsForDecider()) {
			throw new UserFacingException.Conflict("reassignment.notWaiting", reference(), StatusWords.of(status));
		}
		this.assignedTo = to;
		registerEvent(new RequestReassigned(id, reference(), requester, to, by.username(), reason, false));
	}

	/** An overdue request goes to the next level, who gets a full service level from now. */
	void passOn(String to, String by, Instant now) {
		now = storable(now);
		if (!status.waitsForDecider()) {
			throw new UserFacingException.Conflict("reassignment.notWaiting", reference(), StatusWords.of(status));
		}
		this.assignedTo = to;
		this.waitingSince = now;
		this.pausedSeconds = 0;
		registerEvent(new RequestReassigned(id, reference(), requester, to, by, null, true));
	}

	private void grant(Instant now) {
		this.status = RequestStatus.APPROVED;
		this.waitingSince = null;
		this.expiresAt = now.plus(Duration.ofDays(grantedDays()));
	}

	private void startWaiting(RequestStatus waitingAs, Instant now) {
		this.status = waitingAs;
		this.waitingSince = now;
	}

	private void close(RequestStatus closedAs, Instant now) {
		this.status = closedAs;
		this.closedAt = now;
		this.waitingSince = null;
	}

	/** What happened and is not published yet (published when the request is saved). */
	List<Object> registeredEvents() {
		return List.copyOf(domainEvents());
	}

	/** How many days a grant lasts: asked for (or the shorter time a decider chose), capped by the rules' limit. */
	int grantedDays() {
		return Ruling.grantedDays(rulingMaxDays, decidedDays == null ? durationDays : Math.min(decidedDays, durationDays));
	}

	/** The ruling as it was stored, limit on granted days included. */
	Ruling ruling() {
		return new Ruling(rulingOutcome, findings.stream().map(StoredFinding::finding).toList(), conditions,
				rulingMaxDays, rulesetVersion);
	}

	RequestStanding standing() {
		return new RequestStanding(id, reference(), requester, department, status, waitingSince, assignedTo,
				renewedById != null, askedAt, Duration.ofSeconds(pausedSeconds), questionBy);
	}

	/** The reference people quote: EXC-2026-000123. */
	String reference() {
		return reference(id, submittedAt);
	}

	static String reference(Long id, Instant submittedAt) {
		return "EXC-%d-%06d".formatted(submittedAt.atZone(ZoneOffset.UTC).getYear(), id);
	}

	String describeProduct() {
		return productVersion == null ? product : product + " " + productVersion;
	}

	Long getId() {
		return id;
	}

	long getVersion() {
		return version;
	}

	String getRequester() {
		return requester;
	}

	String getDepartment() {
		return department;
	}

	String getStandardKey() {
		return standardKey;
	}

	String getStandardName() {
		return standardName;
	}

	String getProduct() {
		return product;
	}

	String getProductVersion() {
		return productVersion;
	}

	String getJustification() {
		return justification;
	}

	int getDurationDays() {
		return durationDays;
	}

	int getUsersAffected() {
		return usersAffected;
	}

	DataClassification getDataClassification() {
		return dataClassification;
	}

	String getCompensatingControls() {
		return compensatingControls;
	}

	BigDecimal getEstimatedCost() {
		return estimatedCost;
	}

	RequestStatus getStatus() {
		return status;
	}

	Instant getSubmittedAt() {
		return submittedAt;
	}

	Instant getAcknowledgedAt() {
		return acknowledgedAt;
	}

	Instant getClosedAt() {
		return closedAt;
	}

	Instant getExpiresAt() {
		return expiresAt;
	}

	Instant getWaitingSince() {
		return waitingSince;
	}

	String getAssignedTo() {
		return assignedTo;
	}

	Decision getDecision() {
		return decision;
	}

	String getDecidedBy() {
		return decidedBy;
	}

	Instant getDecidedAt() {
		return decidedAt;
	}

	String getDecisionJustification() {
		return decisionJustification;
	}

	String getQuestion() {
		return question;
	}

	String getQuestionBy() {
		return questionBy;
	}

	Instant getAskedAt() {
		return askedAt;
	}

	RequestStatus getPausedStatus() {
		return pausedStatus;
	}

	long getPausedSeconds() {
		return pausedSeconds;
	}

	/** The conditions a decider added to the approval. */
	List<String> getDecisionConditions() {
		return decisionConditions == null ? List.of() : List.of(decisionConditions.split("\n"));
	}

	Integer getDecidedDays() {
		return decidedDays;
	}

	String getWithdrawalReason() {
		return withdrawalReason;
	}

	Long getRenewalOfId() {
		return renewalOfId;
	}

	int getRenewalCount() {
		return renewalCount;
	}

	Long getRenewedById() {
		return renewedById;
	}

	/** Moments as the database keeps them (to the microsecond), so what is answered is what was stored. */
	private static Instant storable(Instant moment) {
		return moment.truncatedTo(ChronoUnit.MICROS);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

}
