package com.leeway.ruleset;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import com.leeway.ruling.RuleSetFiles;
import com.leeway.system.UserFacingException;

/**
 * A change set: several rule files edited together by one author, kept until it is published or discarded. With
 * sign-off on, the author submits it ({@link State#WAITING}) and a second person approves it (published) or sends
 * it back (a draft again).
 */
@Entity
@Table(name = "ruleset_draft")
public class RuleSetDraft {

	public enum State {
		DRAFT, WAITING, PUBLISHED, DISCARDED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String author;

	@Column(nullable = false)
	private String note;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state;

	@Column(name = "base_version")
	private String baseVersion;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	@Column(name = "decision_note")
	private String decisionNote;

	@Column(name = "published_version")
	private String publishedVersion;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "ruleset_draft_file", joinColumns = @JoinColumn(name = "draft_id"))
	private List<DraftFile> files = new ArrayList<>();

	/** One file of a change set: its new content, or that it is deleted. */
	@Embeddable
	public static class DraftFile {

		@Column(nullable = false)
		private String path;

		private byte[] content;

		@Column(nullable = false)
		private boolean deleted;

		protected DraftFile() {
		}

		DraftFile(String path, byte[] content, boolean deleted) {
			this.path = path;
			this.content = deleted ? null : content;
			this.deleted = deleted;
		}

		public String getPath() {
			return path;
		}

		public byte[] getContent() {
			return content;
		}

		public boolean isDeleted() {
			return deleted;
		}

	}

	protected RuleSetDraft() {
	}

	RuleSetDraft(String author, String note, String baseVersion, Instant now) {
		this.author = author;
		this.note = note;
		this.baseVersion = baseVersion;
		this.state = State.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Replaces the files of the draft: new contents by path, and the paths it deletes. */
	void change(String note, Map<String, byte[]> changed, Set<String> deleted, Instant now) {
		requireState(State.DRAFT);
		this.note = note;
		this.files.clear();
		new TreeMap<>(changed).forEach((path, content) -> files.add(new DraftFile(path, content, false)));
		deleted.stream().sorted().filter(path -> !changed.containsKey(path))
			.forEach(path -> files.add(new DraftFile(path, null, true)));
		this.updatedAt = now;
	}

	void submit(Instant now) {
		requireState(State.DRAFT);
		this.state = State.WAITING;
		this.submittedAt = now;
	}

	void sendBack(String by, String reason, Instant now) {
		requireState(State.WAITING);
		this.state = State.DRAFT;
		this.decidedBy = by;
		this.decidedAt = now;
		this.decisionNote = reason;
	}

	void published(String approver, String version, Instant now) {
		this.state = State.PUBLISHED;
		this.decidedBy = approver;
		this.decidedAt = now;
		this.publishedVersion = version;
	}

	void discard(Instant now) {
		if (state == State.PUBLISHED || state == State.DISCARDED) {
			throw new UserFacingException.Conflict("ruleset.draft.closed", id);
		}
		this.state = State.DISCARDED;
		this.updatedAt = now;
	}

	private void requireState(State wanted) {
		if (state != wanted) {
			throw new UserFacingException.Conflict("ruleset.draft.state." + wanted.name(), id);
		}
	}

	/** The active files with this draft's files laid over them and its deleted paths removed. */
	public RuleSetFiles appliedTo(RuleSetFiles active) {
		Map<String, byte[]> candidate = new TreeMap<>(active.files());
		for (DraftFile file : files) {
			if (file.isDeleted()) {
				candidate.remove(file.getPath());
			}
			else {
				candidate.put(file.getPath(), file.getContent());
			}
		}
		return new RuleSetFiles(candidate);
	}

	public Long getId() {
		return id;
	}

	public String getAuthor() {
		return author;
	}

	public String getNote() {
		return note;
	}

	public State getState() {
		return state;
	}

	public String getBaseVersion() {
		return baseVersion;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Instant getSubmittedAt() {
		return submittedAt;
	}

	public String getDecidedBy() {
		return decidedBy;
	}

	public Instant getDecidedAt() {
		return decidedAt;
	}

	public String getDecisionNote() {
		return decisionNote;
	}

	public String getPublishedVersion() {
		return publishedVersion;
	}

	public List<DraftFile> getFiles() {
		return List.copyOf(files);
	}

}
