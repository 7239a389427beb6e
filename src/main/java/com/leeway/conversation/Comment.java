package com.leeway.conversation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A comment on a request: plain text, by one person, at one moment; never changed afterwards. An internal note is
 * for IT staff only and never shown to the requester. A comment may be addressed to a standard's owner (their
 * e-mail address), who is asked to call.
 */
@Entity
@Table(name = "request_comment")
class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false, updatable = false)
	private Long requestId;

	@Column(nullable = false, updatable = false)
	private String author;

	@Column(name = "written_at", nullable = false, updatable = false)
	private Instant writtenAt;

	@Column(nullable = false, updatable = false)
	private String body;

	@Column(nullable = false, updatable = false)
	private boolean internal;

	@Column(name = "addressed_to", updatable = false)
	private String addressedTo;

	protected Comment() {
	}

	Comment(Long requestId, String author, Instant writtenAt, String body, boolean internal, String addressedTo) {
		this.requestId = requestId;
		this.author = author;
		this.writtenAt = writtenAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		this.body = body;
		this.internal = internal;
		this.addressedTo = addressedTo;
	}

	Long getId() {
		return id;
	}

	Long getRequestId() {
		return requestId;
	}

	String getAuthor() {
		return author;
	}

	Instant getWrittenAt() {
		return writtenAt;
	}

	String getBody() {
		return body;
	}

	boolean isInternal() {
		return internal;
	}

	String getAddressedTo() {
		return addressedTo;
	}

}
