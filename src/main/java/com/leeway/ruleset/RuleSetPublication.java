package com.leeway.ruleset;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One act of publishing: who made which content active, when, and why. A roll back is a publication too.
 */
@Entity
@Table(name = "ruleset_publication")
public class RuleSetPublication {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "content_hash", nullable = false, updatable = false)
	private String contentHash;

	@Column(name = "published_at", nullable = false, updatable = false)
	private Instant publishedAt;

	@Column(name = "published_by", nullable = false, updatable = false)
	private String publishedBy;

	@Column(nullable = false, updatable = false)
	private String note;

	@Column(name = "rule_count", nullable = false, updatable = false)
	private int ruleCount;

	/** Who signed the change off, when sign-off was required; null otherwise. */
	@Column(name = "approved_by", updatable = false)
	private String approvedBy;

	@Column(name = "approved_at", updatable = false)
	private Instant approvedAt;

	protected RuleSetPublication() {
	}

	RuleSetPublication(String contentHash, Instant publishedAt, String publishedBy, String note, int ruleCount) {
		this.contentHash = contentHash;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.note = note;
		this.ruleCount = ruleCount;
	}

	RuleSetPublication approvedBy(String approver, Instant at) {
		this.approvedBy = approver;
		this.approvedAt = at;
		return this;
	}

	public String getApprovedBy() {
		return approvedBy;
	}

	public Instant getApprovedAt() {
		return approvedAt;
	}

	public Long getId() {
		return id;
	}

	public String getContentHash() {
		return contentHash;
	}

	public Instant getPublishedAt() {
		return publishedAt;
	}

	public String getPublishedBy() {
		return publishedBy;
	}

	public String getNote() {
		return note;
	}

	public int getRuleCount() {
		return ruleCount;
	}

}
