package com.leeway.account;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person acting for a manager (or a next level) from one date to another, both included: while acting, the
 * deputy decides what the manager decides.
 */
@Entity
@Table(name = "deputy")
public class Deputy {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String manager;

	@Column(nullable = false)
	private String deputy;

	@Column(name = "from_date", nullable = false)
	private LocalDate fromDate;

	@Column(name = "to_date", nullable = false)
	private LocalDate toDate;

	@Column(nullable = false)
	private String reason;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "ended_by")
	private String endedBy;

	protected Deputy() {
	}

	Deputy(String manager, String deputy, LocalDate fromDate, LocalDate toDate, String reason, String createdBy,
			Instant createdAt) {
		this.manager = manager;
		this.deputy = deputy;
		this.fromDate = fromDate;
		this.toDate = toDate;
		this.reason = reason;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	/** Whether the deputy acts on this day: within the dates and not ended. */
	public boolean isActingOn(LocalDate day) {
		return endedAt == null && !day.isBefore(fromDate) && !day.isAfter(toDate);
	}

	/** Whether it still matters: not ended and not over. */
	public boolean isCurrentOrComingOn(LocalDate day) {
		return endedAt == null && !day.isAfter(toDate);
	}

	void end(String by, Instant at) {
		this.endedAt = at;
		this.endedBy = by;
	}

	public Long getId() {
		return id;
	}

	public String getManager() {
		return manager;
	}

	public String getDeputy() {
		return deputy;
	}

	public LocalDate getFromDate() {
		return fromDate;
	}

	public LocalDate getToDate() {
		return toDate;
	}

	public String getReason() {
		return reason;
	}

	public String getCreatedBy() {
		return createdBy;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getEndedAt() {
		return endedAt;
	}

	public String getEndedBy() {
		return endedBy;
	}

}
