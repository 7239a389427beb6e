package com.leeway.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The migration that makes departments data keeps an existing installation deciding as before: one department per
 * department people are in (names differing only in capitals are one), its managers the people with the role
 * MANAGER in it.
 */
class DepartmentsMigrationTests {

	final DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:departments-" + UUID.randomUUID()
			+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "leeway", "leeway");

	final JdbcTemplate jdbc = new JdbcTemplate(database);

	Flyway migrationsUpTo(String version) {
		return Flyway.configure().dataSource(database).locations("classpath:db/migration").target(version).load();
	}

	void employee(String username, String role, String department) {
		jdbc.update("insert into employee (username, display_name, email, password_hash, role, department) "
				+ "values (?, ?, ?, 'x', ?, ?)", username, username, username + "@example.com", role, department);
	}

	@Test
	void makesEachDepartmentOfThePeopleWithItsManagers() {
		migrationsUpTo("9").migrate();
		employee("alice", "REQUESTER", "Marketing");
		employee("maria", "MANAGER", "Marketing");
		employee("mark", "MANAGER", "marketing");
		employee("frank", "MANAGER", "Finance");
		employee("ian", "IT_STAFF", "IT");

		migrationsUpTo("14").migrate();

		assertThat(jdbc.queryForList("select name_key from department order by name_key", String.class))
			.containsExactly("finance", "it", "marketing");
		assertThat(jdbc.queryForList("""
				select m.username from department_manager m join department d on d.id = m.department_id
				where d.name_key = 'marketing' order by m.username""", String.class)).containsExactly("maria", "mark");
		assertThat(jdbc.queryForList("""
				select m.username from department_manager m join department d on d.id = m.department_id
				where d.name_key = 'it'""", String.class)).isEmpty();
	}

}
