package com.leeway.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import com.leeway.account.Actor;
import com.leeway.account.Organisation;
import com.leeway.account.Role;

/**
 * The one place a request list's rows are chosen and ordered, in plain SQL that H2 and PostgreSQL both run: who may
 * see what ({@link RequestPolicy#see}'s rule for lists), the filters, the search and the sort. Lists, their counts
 * and their exports all ask it, so an export holds exactly the rows of the list, in its order.
 * <p>
 * Fast over years of history: every sort column is indexed together with the id (V18), so a page walks an index and
 * stops after its rows; counts stop at a cap; the search looks in a few columns in lower case.
 */
@Component
class RequestSearch {

	private static final Pattern REFERENCE = Pattern.compile("(?i)^\\s*(?:exc-)?(?:\\d{4}-)?0*(\\d{1,18})\\s*$");

	private static final Pattern FULL_REFERENCE = Pattern.compile("(?i)^\\s*exc-\\d{4}-\\d{1,18}\\s*$");

	private final NamedParameterJdbcTemplate jdbc;

	private final Organisation organisation;

	RequestSearch(NamedParameterJdbcTemplate jdbc, Organisation organisation) {
		this.jdbc = jdbc;
		this.organisation = organisation;
	}

	/** Which requests a list starts from: those the person may see, or those waiting for them to decide. */
	enum Scope {
		VISIBLE, INBOX, REVIEW
	}

	private record Where(String sql, MapSqlParameterSource parameters) {
	}

	/** The ids of one page of the list, one more than asked for when there is a next page. */
	List<Long> ids(Actor actor, RequestFilter filter, long offset, int limit) {
		return ids(actor, filter, Scope.VISIBLE, offset, limit);
	}

	List<Long> ids(Actor actor, RequestFilter filter, Scope scope, long offset, int limit) {
		Where where = where(actor, filter, scope);
		where.parameters().addValue("limit", limit).addValue("offset", offset);
		return jdbc.queryForList("select r.id from exception_request r where " + where.sql() + " order by "
				+ filter.sortOrDefault().orderBy() + " limit :limit offset :offset", where.parameters(), Long.class);
	}

	/** How many requests the list holds, counting no further than {@code cap} (cap + 1 means "more than cap"). */
	long count(Actor actor, RequestFilter filter, long cap) {
		Where where = where(actor, filter, Scope.VISIBLE);
		where.parameters().addValue("cap", cap + 1);
		Long count = jdbc.queryForObject("select count(*) from (select r.id from exception_request r where "
				+ where.sql() + " limit :cap) counted", where.parameters(), Long.class);
		return count == null ? 0 : count;
	}

	/** Exactly how many requests the list holds. */
	long countAll(Actor actor, RequestFilter filter) {
		Where where = where(actor, filter, Scope.VISIBLE);
		Long count = jdbc.queryForObject("select count(*) from exception_request r where " + where.sql(),
				where.parameters(), Long.class);
		return count == null ? 0 : count;
	}

	/** The list's rows in its order, at most {@code limit} of them, handed on one by one (exports). */
	void rows(Actor actor, RequestFilter filter, int limit, Consumer<RequestRow> each) {
		Where where = where(actor, filter, Scope.VISIBLE);
		where.parameters().addValue("limit", limit);
		jdbc.query("select r.id, r.product, r.standard_name, r.requester, e.display_name, r.department, "
				+ "r.submitted_at, r.status, r.expires_at, r.waiting_since, r.assigned_to from exception_request r "
				+ "left join employee e on e.username = r.requester where " + where.sql() + " order by "
				+ filter.sortOrDefault().orderBy() + " limit :limit", where.parameters(),
				(ResultSet rs) -> each.accept(row(rs)));
	}

	private static RequestRow row(ResultSet rs) throws SQLException {
		long id = rs.getLong(1);
		Instant submitted = instant(rs.getTimestamp(7));
		String requester = rs.getString(4);
		return new RequestRow(id, ExceptionRequest.reference(id, submitted), rs.getString(2), rs.getString(3), requester,
				rs.getString(5) == null ? requester : rs.getString(5), rs.getString(6), submitted,
				RequestStatus.valueOf(rs.getString(8)), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)),
				rs.getString(11), null);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	private Where where(Actor actor, RequestFilter filter, Scope scope) {
		List<String> conditions = new ArrayList<>();
		MapSqlParameterSource parameters = new MapSqlParameterSource();
		if (scope != Scope.VISIBLE) {
			// The cheap part of "who holds it" (RequestQueries keeps only what the agenda says the person holds): a
			// request given to someone is only theirs; an escalation otherwise its department's managers'.
			parameters.addValue("me", actor.username());
			conditions.add("r.status in ('ESCALATED', 'IN_REVIEW') and (r.assigned_to = :me or (r.assigned_to is null and "
					+ (scope == Scope.INBOX ? "r.status = 'ESCALATED' and r.department = :myDepartment))"
							: "r.status = 'IN_REVIEW'))"));
			parameters.addValue("myDepartment", actor.department() == null ? "" : actor.department());
		}
		else if (Boolean.TRUE.equals(filter.mineOnly()) || actor.is(Role.REQUESTER)) {
			conditions.add("r.requester = :me");
			parameters.addValue("me", actor.username());
		}
		else if (actor.is(Role.MANAGER)) {
			conditions.add("(r.department = :myDepartment or r.requester = :me)");
			parameters.addValue("me", actor.username()).addValue("myDepartment", actor.department());
		}
		if (filter.status() != null) {
			conditions.add("r.status = :status");
			parameters.addValue("status", filter.status().name());
		}
		if (RequestFilter.present(filter.standardKey())) {
			conditions.add("r.standard_key = :standardKey");
			parameters.addValue("standardKey", filter.standardKey().trim());
		}
		if (RequestFilter.present(filter.department())) {
			conditions.add("r.department in (:departments)");
			parameters.addValue("departments", spellingsOf(filter.department().trim()));
		}
		ZoneId zone = filter.zoneOrUtc();
		between(conditions, parameters, "r.submitted_at", "submitted", filter.from(), filter.to(), zone);
		between(conditions, parameters, "r.expires_at", "valid", filter.validFrom(), filter.validTo(), zone);
		if (RequestFilter.present(filter.q()) && FULL_REFERENCE.matcher(filter.q().trim()).matches()) {
			// A whole reference names one request: found by its id, without looking through every text.
			Matcher reference = REFERENCE.matcher(filter.q().trim());
			reference.matches();
			conditions.add("r.id = :referenceId");
			parameters.addValue("referenceId", Long.parseLong(reference.group(1)));
		}
		else if (RequestFilter.present(filter.q())) {
			String words = filter.q().trim().toLowerCase(Locale.ROOT);
			String like = "%" + words.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
			parameters.addValue("q", like);
			StringBuilder search = new StringBuilder("(lower(r.product) like :q escape '!'"
					+ " or lower(r.standard_name) like :q escape '!' or lower(r.justification) like :q escape '!'"
					+ " or r.requester in (select e.username from employee e where lower(e.display_name) like :q escape '!'"
					+ " or lower(e.username) like :q escape '!')");
			Matcher reference = REFERENCE.matcher(words);
			if (reference.matches()) {
				search.append(" or r.id = :referenceId");
				parameters.addValue("referenceId", Long.parseLong(reference.group(1)));
			}
			conditions.add(search.append(')').toString());
		}
		return new Where(conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions), parameters);
	}

	/**
	 * A department as it may be stored: typed in any case, it is the name from the departments list (and the name
	 * as typed, for requests stored before the list existed). Equality keeps the department index in use.
	 */
	private Set<String> spellingsOf(String typed) {
		Set<String> spellings = new LinkedHashSet<>();
		spellings.add(typed);
		organisation.departments()
			.stream()
			.map(department -> department.getName())
			.filter(name -> name.equalsIgnoreCase(typed))
			.forEach(spellings::add);
		if (spellings.size() == 1) {
			spellings.add(typed.toLowerCase(Locale.ROOT));
			spellings.add(typed.toUpperCase(Locale.ROOT));
			spellings.add(typed.isEmpty() ? typed
					: typed.substring(0, 1).toUpperCase(Locale.ROOT) + typed.substring(1).toLowerCase(Locale.ROOT));
		}
		return spellings;
	}

	private static void between(List<String> conditions, MapSqlParameterSource parameters, String column,
			String name, LocalDate first, LocalDate last, ZoneId zone) {
		if (first != null) {
			conditions.add(column + " >= :" + name + "From");
			parameters.addValue(name + "From", first.atStartOfDay(zone).toOffsetDateTime());
		}
		if (last != null) {
			conditions.add(column + " < :" + name + "To");
			parameters.addValue(name + "To", last.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
		}
	}

}
