package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The ruling stored as data: one row per finding (rule, verdict, reason) and per condition, in the order the rules
 * gave them, instead of text columns in a tab-and-newline format. The outcome, the limit on granted days and the
 * rule set version stay columns of the request; the justification and the list of rules are derived when read.
 * <p>
 * Existing requests are carried over: each line "VERDICT\tRULE\tREASON" of {@code ruling_findings} becomes a
 * finding (an empty verdict is a note), each line of {@code ruling_conditions} a condition. Plain JDBC and
 * portable SQL, so it runs the same on H2 and PostgreSQL.
 */
public class V11__ruling_as_data extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		Connection connection = context.getConnection();
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("""
					create table request_finding (
					    request_id  bigint        not null references exception_request(id),
					    position    integer       not null,
					    rule        varchar(1000) not null,
					    verdict     varchar(20),
					    reason      varchar(8000) not null,
					    primary key (request_id, position)
					)""");
			ddl.execute("""
					create table request_condition (
					    request_id  bigint        not null references exception_request(id),
					    position    integer       not null,
					    text        varchar(4000) not null,
					    primary key (request_id, position)
					)""");
		}
		try (Statement read = connection.createStatement();
				ResultSet rows = read.executeQuery(
						"select id, ruling_findings, ruling_conditions from exception_request order by id");
				PreparedStatement finding = connection.prepareStatement(
						"insert into request_finding (request_id, position, rule, verdict, reason) values (?, ?, ?, ?, ?)");
				PreparedStatement condition = connection.prepareStatement(
						"insert into request_condition (request_id, position, text) values (?, ?, ?)")) {
			int pending = 0;
			while (rows.next()) {
				long id = rows.getLong("id");
				int position = 0;
				for (String line : lines(rows.getString("ruling_findings"))) {
					String[] parts = line.split("\t", 3);
					if (parts.length != 3) {
						continue;
					}
					finding.setLong(1, id);
					finding.setInt(2, position++);
					finding.setString(3, parts[1]);
					finding.setString(4, parts[0].isEmpty() ? null : parts[0]);
					finding.setString(5, parts[2]);
					finding.addBatch();
					pending++;
				}
				position = 0;
				for (String line : lines(rows.getString("ruling_conditions"))) {
					condition.setLong(1, id);
					condition.setInt(2, position++);
					condition.setString(3, line);
					condition.addBatch();
					pending++;
				}
				if (pending >= 1000) {
					finding.executeBatch();
					condition.executeBatch();
					pending = 0;
				}
			}
			finding.executeBatch();
			condition.executeBatch();
		}
		try (Statement ddl = connection.createStatement()) {
			ddl.execute("alter table exception_request drop column ruling_justification");
			ddl.execute("alter table exception_request drop column ruling_conditions");
			ddl.execute("alter table exception_request drop column ruling_rules");
			ddl.execute("alter table exception_request drop column ruling_findings");
		}
	}

	private static String[] lines(String text) {
		return text == null || text.isEmpty() ? new String[0] : text.split("\n");
	}

}
