package com.leeway.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One event on a request's timeline. Never changed once written.
 */
@Entity
@Table(name = "request_event")
public class TimelineEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "request_id", nullable = false, updatable = false)
	private Long requestId;

	@Column(nullable = false, updatable = false)
	private Instant at;

	@Column(nullable = false, updatable = false)
	private String actor;

	@Column(nullable = false, updatable = false)
	private String type;

	@Column(nullable = false, updatable = false)
	private String text;

	protected TimelineEntry() {
	}

	TimelineEntry(Long requestId, Instant at, String actor, String type, String text) {
		this.requestId = requestId;
		this.at = at;
		this.actor = actor;
		this.type = type;
		this.text = text;
	}

	public Long getId() {
		return id;
	}

	public Long getRequestId() {
		return requestId;
	}

	public Instant getAt() {
		return at;
	}

	public String getActor() {
		return actor;
	}

	public String getType() {
		return type;
	}

	public String getText() {
		return text;
	}

}
