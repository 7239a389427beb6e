package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Timeline entries take their ids from a sequence in blocks of 50, so the four or five entries a submission writes
 * go to the database in one batch with the request instead of one round trip each. The sequence starts past the
 * highest id stored. Plain JDBC and portable SQL, the same on H2 and PostgreSQL.
 */
public class V25__timeline_ids_in_blocks extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws Exception {
		try (Statement statement = context.getConnection().createStatement()) {
			long next;
			try (ResultSet highest = statement.executeQuery("select coalesce(max(id), 0) + 1 from request_event")) {
				highest.next();
				next = highest.getLong(1);
			}
			statement.execute("create sequence request_event_seq start with " + next + " increment by 50");
		}
	}

}
