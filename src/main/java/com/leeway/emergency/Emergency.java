package com.leeway.emergency;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A declared emergency; it lasts until its end moment or until someone ends it earlier. */
@Entity
@Table(name = "emergency")
class Emergency {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String reason;

	/** Standard keys, separated by new lines. */
	@Column(nullable = false)
	private String standards;

	/** Product names, separated by new lines. */
	@Column(nullable = false)
	private String products;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Effect effect;

	@Column(name = "suspends_exceptions", nullable = false)
	private boolean suspendsExceptions;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(name = "declared_by", nullable = false, updatable = false)
	private String declaredBy;

	@Column(name = "declared_at", nullable = false, updatable = false)
	private Instant declaredAt;

	@Column(name = "ended_at")
	private Instant endedAt;

	@Column(name = "ended_by")
	private String endedBy;

	@Version
	private long version;

	protected Emergency() {
	}

	Emergency(Declaration declaration, String declaredBy, Instant now) {
		this.declaredBy = declaredBy;
		this.declaredAt = now;
		apply(declaration);
	}

	void apply(Declaration declaration) {
		this.reason = declaration.reason();
		this.standards = String.join("\n", declaration.standards());
		this.products = String.join("\n", declaration.products());
		this.effect = declaration.effect();
		this.suspendsExceptions = declaration.suspendExceptions();
		this.endsAt = declaration.endsAt();
	}

	void end(String by, Instant now) {
		this.endedAt = now;
		this.endedBy = by;
	}

	boolean lastsAt(Instant now) {
		return endedAt == null && endsAt.isAfter(now);
	}

	boolean covers(String standardKey, String product) {
		String name = product == null ? "" : product.trim().toLowerCase(Locale.ROOT);
		return standards().contains(standardKey)
				|| products().stream().anyMatch(listed -> listed.toLowerCase(Locale.ROOT).equals(name));
	}

	Long getId() {
		return id;
	}

	String getReason() {
		return reason;
	}

	List<String> standards() {
		return split(standards);
	}

	List<String> products() {
		return split(products);
	}

	Effect getEffect() {
		return effect;
	}

	boolean isSuspendsExceptions() {
		return suspendsExceptions;
	}

	Instant getEndsAt() {
		return endsAt;
	}

	String getDeclaredBy() {
		return declaredBy;
	}

	Instant getDeclaredAt() {
		return declaredAt;
	}

	Instant getEndedAt() {
		return endedAt;
	}

	String getEndedBy() {
		return endedBy;
	}

	private static List<String> split(String lines) {
		return lines == null || lines.isBlank() ? List.of() : Arrays.stream(lines.split("\n")).filter(line -> !line.isBlank()).toList();
	}

}
