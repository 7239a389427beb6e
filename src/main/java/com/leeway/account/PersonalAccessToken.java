package com.leeway.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person's own key for another system calling the API in their name. Only the hash of its secret is kept.
 */
@Entity
@Table(name = "personal_access_token")
public class PersonalAccessToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "employee_id", nullable = false)
	private Long employeeId;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false)
	private String tokenHash;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at", nullable = false)
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected PersonalAccessToken() {
	}

	PersonalAccessToken(Long employeeId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
		this.employeeId = employeeId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	/** Whether the token may be used at {@code now}: not revoked and not yet expired. */
	boolean isUsableAt(Instant now) {
		return revokedAt == null && now.isBefore(expiresAt);
	}

	void usedAt(Instant now) {
		this.lastUsedAt = now;
	}

	void revokeAt(Instant now) {
		if (revokedAt == null) {
			this.revokedAt = now;
		}
	}

	Long getEmployeeId() {
		return employeeId;
	}

	String getTokenHash() {
		return tokenHash;
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getExpiresAt() {
		return expiresAt;
	}

	public Instant getLastUsedAt() {
		return lastUsedAt;
	}

	public Instant getRevokedAt() {
		return revokedAt;
	}

}
