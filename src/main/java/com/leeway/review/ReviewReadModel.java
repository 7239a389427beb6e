package com.leeway.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The service review's read model: read-only queries of the stored requests, their findings and timelines,
 * satisfaction answers, feedback and departments. Reporting reads many requests at once, which the other modules'
 * APIs (one request, one person's view) are not made for; nothing here writes to another module's tables. Plain,
 * portable SQL (H2 and PostgreSQL).
 */
@Component
class ReviewReadModel {

	private final JdbcTemplate jdbc;

	ReviewReadModel(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A request as the review counts it. */
	record RequestRow(long id, String department, String standardKey, String standardName, String product,
			String status, String rulingOutcome, Instant submittedAt, Instant acknowledgedAt, String decision,
			String decidedBy, Instant decidedAt, String decisionJustification, int renewalCount, Instant expiresAt,
			int durationDays, int usersAffected, String dataClassification, String requester) {

		String reference() {
			return Products.reference(id, submittedAt);
		}

	}

	private static final String REQUEST_COLUMNS = """
			select id, department, standard_key, standard_name, product, status, ruling_outcome, submitted_at,
			       acknowledged_at, decision, decided_by, decided_at, decision_justification, renewal_count, expires_at,
			       duration_days, users_affected, data_classification, requester
			from exception_request""";

	/** Requests submitted in [from, to), of one department or (null) all. */
	List<RequestRow> submitted(Instant from, Instant to, String department) {
		return jdbc.query(REQUEST_COLUMNS + " where submitted_at >= ? and submitted_at < ?"
				+ (department == null ? "" : " and lower(department) = lower(?)") + " order by id",
				ReviewReadModel::request, args(from, to, department));
	}

	/** Granted exceptions of one department or all, as they stand now. */
	List<RequestRow> granted(String department) {
		return jdbc.query(REQUEST_COLUMNS + " where status = 'APPROVED'"
				+ (department == null ? "" : " and lower(department) = lower(?)") + " order by expires_at, id",
				ReviewReadModel::request, department == null ? new Object[0] : new Object[] { department });
	}

	/** Exceptions renewed at least this many times that are granted or waiting now. */
	List<RequestRow> renewedAtLeast(int times, String department) {
		return jdbc.query(REQUEST_COLUMNS + " where renewal_count >= ? and status in ('APPROVED', 'ESCALATED', 'IN_REVIEW')"
				+ (department == null ? "" : " and lower(department) = lower(?)") + " order by renewal_count desc, id",
				ReviewReadModel::request, department == null ? new Object[] { times } : new Object[] { times, department });
	}

	/** Requests of a standard that people approved or denied, newest decision first. */
	List<RequestRow> decidedByPeople(String standardKey) {
		return jdbc.query(REQUEST_COLUMNS + " where standard_key = ? and decided_by is not null"
				+ " and decision in ('APPROVE', 'DENY') order by decided_at desc, id desc", ReviewReadModel::request,
				standardKey);
	}

	/** Requests the rules escalated that people then approved or denied, newest decision first. */
	List<RequestRow> escalatedAndDecided() {
		return jdbc.query(REQUEST_COLUMNS + " where ruling_outcome = 'ESCALATE' and decided_by is not null"
				+ " and decision in ('APPROVE', 'DENY') order by decided_at desc, id desc", ReviewReadModel::request);
	}

	record FindingRow(long requestId, String rule, String verdict) {
	}

	List<FindingRow> findings(Instant from, Instant to, String department) {
		return jdbc.query("""
				select f.request_id, f.rule, f.verdict from request_finding f
				join exception_request r on r.id = f.request_id
				where r.submitted_at >= ? and r.submitted_at < ?""" + departmentOf("r", department)
				+ " order by f.request_id, f.position",
				(rs, n) -> new FindingRow(rs.getLong(1), rs.getString(2), rs.getString(3)), args(from, to, department));
	}

	record TimelineRow(long requestId, String type, Instant at) {
	}

	/** The timeline entries that start and end waits, of the requests submitted in the period. */
	List<TimelineRow> waits(Instant from, Instant to, String department) {
		return jdbc.query("""
				select e.request_id, e.type, e.at from request_event e
				join exception_request r on r.id = e.request_id
				where r.submitted_at >= ? and r.submitted_at < ?
				  and e.type in ('IN_REVIEW', 'ESCALATED', 'DECIDED', 'WITHDRAWN')""" + departmentOf("r", department)
				+ " order by e.request_id, e.id",
				(rs, n) -> new TimelineRow(rs.getLong(1), rs.getString(2), instant(rs, 3)), args(from, to, department));
	}

	record SatisfactionRow(long requestId, Instant submittedAt, int rating, String comment, Instant answeredAt) {
	}

	List<SatisfactionRow> satisfaction(Instant from, Instant to, String department) {
		return jdbc.query("""
				select s.request_id, r.submitted_at, s.rating, s.comment, s.answered_at from satisfaction s
				join exception_request r on r.id = s.request_id
				where s.answered_at >= ? and s.answered_at < ?""" + departmentOf("r", department)
				+ " order by s.answered_at, s.request_id",
				(rs, n) -> new SatisfactionRow(rs.getLong(1), instant(rs, 2), rs.getInt(3), rs.getString(4),
						instant(rs, 5)),
				args(from, to, department));
	}

	List<ServiceReview.FeedbackItem> feedback(Instant from, Instant to, String department) {
		return jdbc.query("""
				select f.id, f.author, a.display_name, a.department, f.text, f.created_at, x.read_at, x.answer,
				       b.display_name, x.answered_at
				from feedback f
				left join employee a on a.username = f.author
				left join review_feedback x on x.feedback_id = f.id
				left join employee b on b.username = x.answered_by
				where f.created_at >= ? and f.created_at < ?""" + departmentOf("a", department)
				+ " order by f.created_at desc, f.id desc",
				(rs, n) -> new ServiceReview.FeedbackItem(rs.getLong(1), rs.getString(2),
						rs.getString(3) == null ? rs.getString(2) : rs.getString(3), rs.getString(4), rs.getString(5),
						instant(rs, 6), instant(rs, 7), rs.getString(8), rs.getString(9), instant(rs, 10)),
				args(from, to, department));
	}

	/** The departments as the directory keeps them, by name. */
	List<String> departments() {
		return jdbc.queryForList("select name from department order by name_key", String.class);
	}

	private static String departmentOf(String alias, String department) {
		return department == null ? "" : " and lower(" + alias + ".department) = lower(?)";
	}

	private static Object[] args(Instant from, Instant to, String department) {
		List<Object> args = new ArrayList<>(List.of(timestamp(from), timestamp(to)));
		if (department != null) {
			args.add(department);
		}
		return args.toArray();
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return instant.atOffset(java.time.ZoneOffset.UTC);
	}

	private static RequestRow request(ResultSet rs, int n) throws SQLException {
		return new RequestRow(rs.getLong("id"), rs.getString("department"), rs.getString("standard_key"),
				rs.getString("standard_name"), rs.getString("product"), rs.getString("status"),
				rs.getString("ruling_outcome"), instant(rs, "submitted_at"), instant(rs, "acknowledged_at"),
				rs.getString("decision"), rs.getString("decided_by"), instant(rs, "decided_at"),
				rs.getString("decision_justification"), rs.getInt("renewal_count"), instant(rs, "expires_at"),
				rs.getInt("duration_days"), rs.getInt("users_affected"), rs.getString("data_classification"),
				rs.getString("requester"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
		return value == null ? null : value.toInstant();
	}

}
