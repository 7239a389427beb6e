package com.leeway.system;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes sure no id is ever handed out twice. After the process is killed, the embedded H2 database can reopen
 * with a table's id counter behind ids that are already stored: the counter is kept apart from the rows, and
 * the rows of the last commits reach the file first. Every insert would then fail on an existing id until the
 * counter caught up. So, once the schema is migrated and before anything is inserted, every id counter is moved
 * past the highest id its table holds, and so is the sequence of timeline entry ids. PostgreSQL's sequences never go back after a crash; it is left alone.
 */
@Component
class IdentityCounters implements Callback {

	private static final Logger log = LoggerFactory.getLogger(IdentityCounters.class);

	@Override
	public boolean supports(Event event, Context context) {
		return event == Event.AFTER_MIGRATE;
	}

	@Override
	public boolean canHandleInTransaction(Event event, Context context) {
		return true;
	}

	@Override
	public void handle(Event event, Context context) {
		try {
			moveForward(context.getConnection());
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not check the id counters of the database", ex);
		}
	}

	@Override
	public String getCallbackName() {
		return "identity counters";
	}

	/** Moves every H2 identity counter that is not above its table's highest id to just past it. */
	static void moveForward(Connection connection) throws SQLException {
		if (!connection.getMetaData().getDatabaseProductName().equals("H2")) {
			return;
		}
		List<String[]> counters = new ArrayList<>();
		try (Statement statement = connection.createStatement();
				ResultSet columns = statement.executeQuery("select table_name, column_name, identity_base "
						+ "from information_schema.columns where is_identity = 'YES' "
						+ "and table_schema = current_schema")) {
			while (columns.next()) {
				counters.add(new String[] { columns.getString(1), columns.getString(2), columns.getString(3) });
			}
		}
		moveSequence(connection, "request_event_seq", "request_event");
		for (String[] counter : counters) {
			String table = quoted(counter[0]);
			String column = quoted(counter[1]);
			long next = Long.parseLong(counter[2]);
			try (Statement statement = connection.createStatement();
					ResultSet highest = statement.executeQuery("select max(" + column + ") from " + table)) {
				highest.next();
				long stored = highest.getLong(1);
				if (!highest.wasNull() && stored >= next) {
					statement.execute("alter table " + table + " alter column " + column + " restart with "
							+ (stored + 1));
					log.warn("The id counter of {} was at {} although ids up to {} are stored (the database was not "
							+ "shut down cleanly); it now continues at {}.", counter[0], next, stored, stored + 1);
				}
			}
		}
	}

	/** Moves a sequence whose next value is not above its table's highest id to just past it. */
	static void moveSequence(Connection connection, String sequence, String table) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet found = statement.executeQuery("select base_value from information_schema.sequences "
						+ "where sequence_name = '" + sequence + "' and sequence_schema = current_schema")) {
			if (!found.next()) {
				return;
			}
			long next = found.getLong(1);
			try (ResultSet highest = statement.executeQuery("select max(id) from " + quoted(table))) {
				highest.next();
				long stored = highest.getLong(1);
				if (!highest.wasNull() && stored >= next) {
					statement.execute("alter sequence " + quoted(sequence) + " restart with " + (stored + 1));
					log.warn("The id sequence of {} was at {} although ids up to {} are stored (the database was not "
							+ "shut down cleanly); it now continues at {}.", table, next, stored, stored + 1);
				}
			}
		}
	}

	private static String quoted(String identifier) {
		return '"' + identifier.replace("\"", "\"\"") + '"';
	}

}
