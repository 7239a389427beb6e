package com.leeway.ruleset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One file of a published rule set, byte for byte.
 */
@Entity
@Table(name = "ruleset_file")
class RuleSetFileEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "version_id", nullable = false, updatable = false)
	private Long versionId;

	@Column(nullable = false, updatable = false)
	private String path;

	@Column(nullable = false, updatable = false)
	private byte[] content;

	protected RuleSetFileEntry() {
	}

	RuleSetFileEntry(Long versionId, String path, byte[] content) {
		this.versionId = versionId;
		this.path = path;
		this.content = content;
	}

	String getPath() {
		return path;
	}

	byte[] getContent() {
		return content;
	}

}
