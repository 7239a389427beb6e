package com.leeway.request;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.web.util.UriUtils;

import com.leeway.system.InvalidInput;

/**
 * A request list's filters as a page's form and links carry them ({@code q}, {@code status}, {@code standard},
 * {@code department}, {@code from}, {@code to}, {@code validFrom}, {@code validTo}, {@code sort}): read from the
 * query string, each bad value refused naming its field, and written back into links (sorting, paging, export,
 * saved filters) so a list is always its query string.
 */
public record ListQuery(String q, RequestStatus status, String standard, String department, LocalDate from,
		LocalDate to, LocalDate validFrom, LocalDate validTo, RequestSort sort, String sortText) {

	static final int LONGEST_SEARCH = 200;

	/** Reads the filters; {@code defaultSort} applies when none is asked for. */
	public static ListQuery of(Map<String, String> parameters, RequestSort defaultSort) {
		String q = text(parameters, "q");
		if (q != null && q.length() > LONGEST_SEARCH) {
			throw InvalidInput.of("q", "list.search.tooLong", LONGEST_SEARCH);
		}
		if (q != null && !InvalidInput.isPlainText(q)) {
			throw InvalidInput.of("q", "list.search.plain");
		}
		RequestStatus status = null;
		String statusText = text(parameters, "status");
		if (statusText != null) {
			try {
				status = RequestStatus.valueOf(statusText.toUpperCase(java.util.Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				throw InvalidInput.of("status", "list.status.unknown", statusText);
			}
		}
		String sortText = text(parameters, "sort");
		RequestSort sort = RequestSort.parse(sortText, defaultSort)
			.orElseThrow(() -> InvalidInput.of("sort", "list.sort.unknown", sortText));
		LocalDate from = day(parameters, "from");
		LocalDate to = day(parameters, "to");
		if (from != null && to != null && to.isBefore(from)) {
			throw InvalidInput.of("to", "list.range.backwards");
		}
		LocalDate validFrom = day(parameters, "validFrom");
		LocalDate validTo = day(parameters, "validTo");
		if (validFrom != null && validTo != null && validTo.isBefore(validFrom)) {
			throw InvalidInput.of("validTo", "list.range.backwards");
		}
		String standard = text(parameters, "standard");
		if (standard == null) {
			standard = text(parameters, "standardKey");
		}
		return new ListQuery(q, status, standard, text(parameters, "department"), from, to, validFrom, validTo, sort,
				sortText == null ? null : sort.text());
	}

	public RequestFilter filter(Boolean mineOnly, ZoneId zone) {
		return new RequestFilter(status, standard, department, mineOnly, q, from, to, validFrom, validTo, sort, zone);
	}

	public boolean narrows() {
		return filter(null, null).narrows();
	}

	/** The filters as a query string, without the sort ("q=word&status=APPROVED"). */
	public String filters() {
		return encode(filterMap());
	}

	/** The filters and the sort as a query string: what a saved filter keeps and an export link carries. */
	public String queryString() {
		Map<String, String> all = filterMap();
		if (sortText != null) {
			all.put("sort", sortText);
		}
		return encode(all);
	}

	/** The query string with this sort: what a column heading links to. */
	public String sortedBy(String key) {
		Map<String, String> all = filterMap();
		all.put("sort", sort.toggle(key));
		return encode(all);
	}

	/** The query string of another page of the same list. */
	public String page(int number) {
		String query = queryString();
		return (query.isEmpty() ? "" : query + "&") + "page=" + number;
	}

	private Map<String, String> filterMap() {
		Map<String, String> values = new LinkedHashMap<>();
		put(values, "q", q);
		put(values, "status", status == null ? null : status.name());
		put(values, "standard", standard);
		put(values, "department", department);
		put(values, "from", from);
		put(values, "to", to);
		put(values, "validFrom", validFrom);
		put(values, "validTo", validTo);
		return values;
	}

	private static void put(Map<String, String> values, String name, Object value) {
		if (value != null) {
			values.put(name, value.toString());
		}
	}

	private static String encode(Map<String, String> values) {
		return values.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + UriUtils.encodeQueryParam(entry.getValue(), "UTF-8"))
			.collect(Collectors.joining("&"));
	}

	private static String text(Map<String, String> parameters, String name) {
		String value = parameters.get(name);
		return value == null || value.isBlank() ? null : value.trim();
	}

	private static LocalDate day(Map<String, String> parameters, String name) {
		String value = text(parameters, name);
		if (value == null) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of(name, "list.date.invalid", value);
		}
	}

}
