package com.leeway.ruleset;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A published rule set: who published it, when and why. Its files are stored beside it, so every ruling can be
 * traced to the exact rule text that made it.
 */
@Entity
@Table(name = "ruleset_version")
public class RuleSetVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "content_hash", nullable = false, unique = true, updatable = false)
	private String contentHash;

	@Column(name = "published_at", nullable = false)
	private Instant publishedAt;

	@Column(name = "published_by", nullable = false)
	private String publishedBy;

	@Column(nullable = false)
	private String note;

	@Column(name = "rule_count", nullable = false)
	private int ruleCount;

	protected RuleSetVersion() {
	}

	RuleSetVersion(String contentHash, Instant publishedAt, String publishedBy, String note, int ruleCount) {
		this.contentHash = contentHash;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
		this.note = note;
		this.ruleCount = ruleCount;
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
