package com.leeway.request;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * How a request list is sorted: a column and a direction, written {@code product} (A to Z, oldest first) or
 * {@code -product} (Z to A, newest first). The id breaks ties in the same direction, so an order is stable from one
 * page to the next and in an export. Only these columns sort; anything else is refused.
 */
public record RequestSort(Column column, boolean descending) {

	public static final RequestSort NEWEST_FIRST = new RequestSort(Column.SUBMITTED, true);

	/** What waits longest first: the deciders' queues. */
	public static final RequestSort LONGEST_WAITING = new RequestSort(Column.WAITING, false);

	/** The columns a list sorts by, with the stored column each sorts on (every one indexed with the id). */
	public enum Column {

		REFERENCE("reference", "r.id"), PRODUCT("product", "r.product"), STANDARD("standard", "r.standard_name"),
		REQUESTER("requester", "r.requester"), DEPARTMENT("department", "r.department"),
		SUBMITTED("submitted", "r.submitted_at"), STATUS("status", "r.status"), VALID_UNTIL("validUntil", "r.expires_at"),
		WAITING("waiting", "r.waiting_since");

		private final String key;

		private final String sql;

		Column(String key, String sql) {
			this.key = key;
			this.sql = sql;
		}

		public String key() {
			return key;
		}

		String sql() {
			return sql;
		}

	}

	/** "product", "-submitted"; empty for anything that is not a column. */
	public static Optional<RequestSort> parse(String text) {
		return parse(text, NEWEST_FIRST);
	}

	public static Optional<RequestSort> parse(String text, RequestSort otherwise) {
		if (text == null || text.isBlank()) {
			return Optional.of(otherwise);
		}
		String trimmed = text.trim();
		boolean descending = trimmed.startsWith("-");
		String key = descending ? trimmed.substring(1) : trimmed;
		return Arrays.stream(Column.values())
			.filter(column -> column.key.toLowerCase(Locale.ROOT).equals(key.toLowerCase(Locale.ROOT)))
			.findFirst()
			.map(column -> new RequestSort(column, descending));
	}

	/** The text a link carries: "product" or "-product". */
	public String text() {
		return (descending ? "-" : "") + column.key;
	}

	/** The sort a column's heading links to: this column reversed when it sorts by it already, else ascending. */
	public String toggle(String key) {
		return column.key.equals(key) && !descending ? "-" + key : key;
	}

	/** "ascending", "descending" or "none" for this column's heading (aria-sort). */
	public String ariaFor(String key) {
		return !column.key.equals(key) ? "none" : descending ? "descending" : "ascending";
	}

	String orderBy() {
		String direction = descending ? " desc" : " asc";
		return column == Column.REFERENCE ? "r.id" + direction : column.sql + direction + ", r.id" + direction;
	}

}
