package com.leeway.request;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.ruling.Finding;
import com.leeway.ruling.Outcome;
import com.leeway.ruling.RequestFacts;

/**
 * Streams stored requests as the rules saw them, for replaying history against a candidate rule set. Rows are
 * read with a fetch size and handed on one at a time, so memory stays flat however long the history is.
 */
@Service
public class PastRequests {

	/** One row per finding (or one for a request without findings), in request order, so rows stream. */
	private static final String SELECT = """
			select r.id, r.submitted_at, r.requester, r.department, r.standard_key, r.product, r.product_version,
			       r.justification, r.duration_days, r.users_affected, r.data_classification, r.compensating_controls,
			       r.estimated_cost, r.renewal_count, r.ruling_outcome, f.rule, f.verdict, f.reason
			from exception_request r
			left join request_finding f on f.request_id = r.id
			where r.submitted_at >= ? and r.submitted_at < ?
			order by r.id, f.position""";

	private final JdbcTemplate jdbc;

	PastRequests(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A stored request: what was asked, and what the rules said then. */
	public record PastRequest(long id, String reference, Instant submittedAt, RequestFacts facts, Outcome outcome,
			String rules, String justification) {
	}

	@Transactional(readOnly = true)
	public void forEach(Instant from, Instant to, Consumer<PastRequest> action) {
		JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
		streaming.setFetchSize(1000);
		Collecting collecting = new Collecting(action);
		streaming.query(SELECT, collecting::row, Timestamp.from(from), Timestamp.from(to));
		collecting.finish();
	}

	/** Gathers the finding rows of one request and hands the request on when the next one starts. */
	private static final class Collecting {

		private final Consumer<PastRequest> action;

		private long id = -1;

		private Instant submitted;

		private RequestFacts facts;

		private Outcome outcome;

		private final List<Finding> findings = new ArrayList<>();

		Collecting(Consumer<PastRequest> action) {
			this.action = action;
		}

		void row(ResultSet row) throws SQLException {
			long rowId = row.getLong("id");
			if (rowId != id) {
				finish();
				id = rowId;
				submitted = row.getTimestamp("submitted_at").toInstant();
				facts = new RequestFacts(row.getString("standard_key"), row.getString("product"),
						row.getString("product_version"), row.getString("justification"), row.getInt("duration_days"),
						row.getInt("users_affected"), row.getString("data_classification"),
						row.getString("compensating_controls"), row.getBigDecimal("estimated_cost"),
						row.getString("requester"), row.getString("department"), row.getInt("renewal_count"), null);
				outcome = Outcome.valueOf(row.getString("ruling_outcome"));
			}
			String reason = row.getString("reason");
			if (reason != null) {
				String verdict = row.getString("verdict");
				findings.add(new Finding(row.getString("rule"), verdict == null ? null : Outcome.valueOf(verdict), reason));
			}
		}

		void finish() {
			if (id < 0) {
				return;
			}
			String rules = String.join("\n",
					findings.stream().map(Finding::rule).filter(rule -> !rule.isEmpty()).distinct().toList());
			action.accept(new PastRequest(id, ExceptionRequest.reference(id, submitted), submitted, facts, outcome,
					rules, Reasons.justification(outcome, findings)));
			findings.clear();
			id = -1;
		}

	}

	/** How many rulings a rule set version made. */
	@Transactional(readOnly = true)
	public long countRuledBy(String rulesetVersion) {
		Long count = jdbc.queryForObject("select count(*) from exception_request where ruleset_version = ?", Long.class,
				rulesetVersion);
		return count == null ? 0 : count;
	}

}
