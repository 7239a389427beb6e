package com.leeway.survey;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A requester's answer to "how did it go?" for one closed request.
 */
@Entity
@Table(name = "satisfaction")
public class Satisfaction {

	@Id
	@Column(name = "request_id")
	private Long requestId;

	@Column(nullable = false)
	private int rating;

	private String comment;

	@Column(name = "answered_at", nullable = false)
	private Instant answeredAt;

	protected Satisfaction() {
	}

	Satisfaction(Long requestId, int rating, String comment, Instant answeredAt) {
		this.requestId = requestId;
		this.rating = rating;
		this.comment = comment;
		this.answeredAt = answeredAt;
	}

	public Long getRequestId() {
		return requestId;
	}

	public int getRating() {
		return rating;
	}

	public String getComment() {
		return comment;
	}

	public Instant getAnsweredAt() {
		return answeredAt;
	}

}
