package com.leeway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * After an unclean stop, an H2 id counter can lag behind the ids already stored; migrating the schema at
 * start-up moves it past them, so the next insert neither fails nor reuses an id.
 */
class IdentityCountersTests {

	final DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:counters-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "leeway", "leeway");

	final JdbcTemplate jdbc = new JdbcTemplate(database);

	void migrate() {
		Flyway.configure().dataSource(database).locations("classpath:db/migration").callbacks(new IdentityCounters())
			.load()
			.migrate();
	}

	long feedback(String text) {
		jdbc.update("insert into feedback (author, text, created_at) values ('alice', ?, current_timestamp)", text);
		return jdbc.queryForObject("select max(id) from feedback", Long.class);
	}

	@Test
	void aCounterLeftBehindTheStoredIdsContinuesAfterTheHighestOneAtTheNextStart() {
		migrate();
		feedback("one");
		feedback("two");
		long highest = feedback("three");
		// What an unclean stop can leave behind: the counter back at an id that is already stored.
		jdbc.execute("alter table feedback alter column id restart with 2");

		migrate();

		assertThat(feedback("after the restart")).isEqualTo(highest + 1);
	}

	@Test
	void theTimelineSequenceLeftBehindTheStoredIdsContinuesAfterTheHighestOneAtTheNextStart() {
		migrate();
		jdbc.update("insert into exception_request (id, version, requester, department, standard_key, standard_name, "
				+ "product, justification, duration_days, users_affected, data_classification, status, submitted_at, "
				+ "ruling_outcome, ruleset_version, renewal_count) values (1, 0, 'alice', 'Marketing', 'S', 'S', 'P', "
				+ "'because of reasons', 30, 1, 'INTERNAL', 'APPROVED', current_timestamp, 'APPROVE', 'v', 0)");
		long first = jdbc.queryForObject("select next value for request_event_seq", Long.class);
		jdbc.update("insert into request_event (id, request_id, at, actor, type, text) values (?, 1, current_timestamp, "
				+ "'system', 'SUBMITTED', 'x')", first + 120);
		// What an unclean stop can leave behind: the sequence back below an id that is already stored.
		jdbc.execute("alter sequence request_event_seq restart with " + first);

		migrate();

		assertThat(jdbc.queryForObject("select next value for request_event_seq", Long.class)).isEqualTo(first + 121);
	}

	@Test
	void aCounterAheadOfTheStoredIdsIsLeftWhereItIs() {
		migrate();
		feedback("one");
		jdbc.execute("alter table feedback alter column id restart with 50");

		migrate();

		assertThat(feedback("after the restart")).isEqualTo(50);
	}

	@Test
	void emptyTablesKeepTheirCounters() {
		migrate();
		migrate();

		assertThat(feedback("first")).isEqualTo(1);
	}

}
