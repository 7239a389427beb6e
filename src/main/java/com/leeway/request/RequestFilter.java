package com.leeway.request;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * What a request list is narrowed to and sorted by; {@code null} means "any" (and, for the sort, newest first).
 *
 * @param q words to look for in the reference, product, standard, requester's name and justification, in any case
 * @param from first day of submission, {@code to} the last (both included, in {@code zone})
 * @param validFrom first day a granted exception's "valid until" may fall on, {@code validTo} the last
 * @param sort a column of {@link RequestSort}, newest first when null
 * @param zone the reader's time zone, in which the days are counted (UTC when null)
 */
public record RequestFilter(RequestStatus status, String standardKey, String department, Boolean mineOnly, String q,
		LocalDate from, LocalDate to, LocalDate validFrom, LocalDate validTo, RequestSort sort, ZoneId zone) {

	public RequestFilter(RequestStatus status, String standardKey, String department, Boolean mineOnly) {
		this(status, standardKey, department, mineOnly, null, null, null, null, null, null, null);
	}

	public static RequestFilter none() {
		return new RequestFilter(null, null, null, null);
	}

	public RequestSort sortOrDefault() {
		return sort == null ? RequestSort.NEWEST_FIRST : sort;
	}

	public ZoneId zoneOrUtc() {
		return zone == null ? ZoneOffset.UTC : zone;
	}

	/** Whether anything narrows the list (the sort does not). */
	public boolean narrows() {
		return status != null || present(standardKey) || present(department) || present(q) || from != null
				|| to != null || validFrom != null || validTo != null;
	}

	public RequestFilter mine() {
		return new RequestFilter(status, standardKey, department, true, q, from, to, validFrom, validTo, sort, zone);
	}

	static boolean present(String text) {
		return text != null && !text.isBlank();
	}

}
