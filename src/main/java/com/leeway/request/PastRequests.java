package com.leeway.request;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.Consumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.leeway.ruling.Outcome;
import com.leeway.ruling.RequestFacts;

/**
 * Streams stored requests as the rules saw them, for replaying history against a candidate rule set. Rows are
 * read with a fetch size and handed on one at a time, so memory stays flat however long the history is.
 */
@Service
public class PastRequests {

	private static final String SELECT = """
			select id, submitted_at, requester, department, standard_key, product, product_version, justification,
			       duration_days, users_affected, data_classification, compensating_controls, estimated_cost,
			       renewal_count, ruling_outcome, ruling_rules, ruling_justification
			from exception_request
			where submitted_at >= ? and submitted_at < ?
			order by id""";

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
		streaming.query(SELECT, row -> {
			Instant submitted = row.getTimestamp("submitted_at").toInstant();
			long id = row.getLong("id");
			RequestFacts facts = new RequestFacts(row.getString("standard_key"), row.getString("product"),
					row.getString("product_version"), row.getString("justification"), row.getInt("duration_days"),
					row.getInt("users_affected"), row.getString("data_classification"),
					row.getString("compensating_controls"), row.getBigDecimal("estimated_cost"),
					row.getString("requester"), row.getString("department"), row.getInt("renewal_count"), null);
			action.accept(new PastRequest(id, ExceptionRequest.reference(id, submitted), submitted, facts,
					Outcome.valueOf(row.getString("ruling_outcome")), row.getString("ruling_rules"),
					row.getString("ruling_justification")));
		}, Timestamp.from(from), Timestamp.from(to));
	}

	/** How many rulings a rule set version made. */
	@Transactional(readOnly = true)
	public long countRuledBy(String rulesetVersion) {
		Long count = jdbc.queryForObject("select count(*) from exception_request where ruleset_version = ?", Long.class,
				rulesetVersion);
		return count == null ? 0 : count;
	}

}
