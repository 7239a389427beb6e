package com.leeway.review;

import java.util.Locale;

/** Product names as people type them compare ignoring case and extra spaces, as the catalogue compares them. */
final class Products {

	private Products() {
	}

	static String normalised(String product) {
		return product == null ? "" : product.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	/** A request's reference as people read it, "EXC-2026-000042". */
	static String reference(long id, java.time.Instant submittedAt) {
		return "EXC-%d-%06d".formatted(submittedAt.atZone(java.time.ZoneOffset.UTC).getYear(), id);
	}

}
