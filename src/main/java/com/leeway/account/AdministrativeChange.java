package com.leeway.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One administrative change: who made it, when, what it concerns, and the state before and after (JSON). */
@Entity
@Table(name = "administrative_change")
public class AdministrativeChange {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "changed_at", nullable = false)
	private Instant changedAt;

	@Column(name = "changed_by", nullable = false)
	private String changedBy;

	@Column(name = "subject_type", nullable = false)
	private String subjectType;

	@Column(nullable = false)
	private String subject;

	@Column(nullable = false)
	private String action;

	@Column(name = "before_state")
	private String before;

	@Column(name = "after_state")
	private String after;

	protected AdministrativeChange() {
	}

	AdministrativeChange(Instant changedAt, String changedBy, String subjectType, String subject, String action,
			String before, String after) {
		this.changedAt = changedAt;
		this.changedBy = changedBy;
		this.subjectType = subjectType;
		this.subject = subject;
		this.action = action;
		this.before = before;
		this.after = after;
	}

	public Long getId() {
		return id;
	}

	public Instant getChangedAt() {
		return changedAt;
	}

	public String getChangedBy() {
		return changedBy;
	}

	/** {@code person}, {@code department}, {@code deputy} or {@code setting}. */
	public String getSubjectType() {
		return subjectType;
	}

	public String getSubject() {
		return subject;
	}

	/** What was done, such as {@code created}, {@code changed}, {@code deactivated}, {@code ended}. */
	public String getAction() {
		return action;
	}

	public String getBefore() {
		return before;
	}

	public String getAfter() {
		return after;
	}

}
