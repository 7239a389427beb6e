package com.leeway.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration that makes one renewal per exception a database rule: it applies to a database where two
 * renewals of one exception were stored before (keeping both requests, linking only the first), allows any
 * number of requests that renew nothing, and refuses a second renewal from then on.
 */
class OneRenewalPerExceptionMigrationTests {

	final DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:renewals-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "leeway", "leeway");

	final JdbcTemplate jdbc = new JdbcTemplate(database);

	Flyway migrationsUpTo(String version) {
		return Flyway.configure().dataSource(database).locations("classpath:db/migration").target(version).load();
	}

	long request(Long renewalOf) {
		jdbc.update("""
				insert into exception_request (requester, department, standard_key, standard_name, product, justification,
				  duration_days, users_affected, data_classification, status, submitted_at, ruling_outcome,
				  ruling_justification, ruling_conditions, ruling_rules, ruling_findings, ruleset_version, renewal_of_id)
				values ('alice', 'Marketing', 'WORD_PROCESSING', 'Word processing', 'WordPerfect', 'Client files.',
				  30, 2, 'INTERNAL', 'APPROVED', current_timestamp, 'APPROVE', 'Fine.', '', '', '', 'v1', ?)""",
				renewalOf);
		return jdbc.queryForObject("select max(id) from exception_request", Long.class);
	}

	@Test
	void keepsEveryRequestButLinksOnlyTheFirstOfTwoEarlierRenewals() {
		migrationsUpTo("3").migrate();
		long original = request(null);
		long first = request(original);
		long second = request(original);
		request(null);

		migrationsUpTo("4").migrate();

		assertThat(jdbc.queryForObject("select count(*) from exception_request", Integer.class)).isEqualTo(4);
		assertThat(jdbc.queryForList("select id from exception_request where renewal_of_id = ?", Long.class, original))
			.containsExactly(first);
		assertThat(jdbc.queryForObject("select renewal_of_id from exception_request where id = ?", Long.class, second))
			.isNull();
	}

	@Test
	void refusesASecondRenewalAndAllowsManyRequestsThatRenewNothing() {
		migrationsUpTo("4").migrate();
		long original = request(null);
		request(null);
		request(null);
		request(original);

		assertThatThrownBy(() -> request(original)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(jdbc.queryForObject("select count(*) from exception_request where renewal_of_id is null",
				Integer.class)).isEqualTo(3);
	}

}
