package com.leeway.notice;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A notice to one person about one request: in their notification list, and by e-mail when essential or when
 * they want every notice by e-mail.
 */
@Entity
@Table(name = "notice")
public class Notice {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, updatable = false)
	private String recipient;

	@Column(name = "request_id", updatable = false)
	private Long requestId;

	@Column(nullable = false, updatable = false)
	private String kind;

	@Column(nullable = false, updatable = false)
	private boolean essential;

	@Column(name = "dedup_key", nullable = false, unique = true, updatable = false)
	private String dedupKey;

	@Column(nullable = false, updatable = false)
	private String subject;

	@Column(nullable = false, updatable = false)
	private String body;

	@Column(updatable = false)
	private String link;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "read_at")
	private Instant readAt;

	@Column(name = "emailed_at")
	private Instant emailedAt;

	protected Notice() {
	}

	Notice(String recipient, Long requestId, String kind, boolean essential, String dedupKey, String subject,
			String body, String link, Instant createdAt) {
		this.recipient = recipient;
		this.requestId = requestId;
		this.kind = kind;
		this.essential = essential;
		this.dedupKey = dedupKey;
		this.subject = subject;
		this.body = body;
		this.link = link;
		this.createdAt = createdAt;
	}

	void markRead(Instant at) {
		if (readAt == null) {
			readAt = at;
		}
	}

	void markEmailed(Instant at) {
		emailedAt = at;
	}

	public Long getId() {
		return id;
	}

	public String getRecipient() {
		return recipient;
	}

	public Long getRequestId() {
		return requestId;
	}

	public String getKind() {
		return kind;
	}

	public boolean isEssential() {
		return essential;
	}

	public String getSubject() {
		return subject;
	}

	public String getBody() {
		return body;
	}

	public String getLink() {
		return link;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getReadAt() {
		return readAt;
	}

	public Instant getEmailedAt() {
		return emailedAt;
	}

}
