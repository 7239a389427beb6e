package com.leeway.notice;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import org.h2.api.Trigger;

/**
 * A real database failure for the notice listeners: while installed (an H2 trigger on table {@code notice}), the
 * next {@link #failNext(int)} inserts fail, as a full disk or a lost connection would make them.
 */
public class FailingNoticeInserts implements Trigger {

	static final String CREATE = "create trigger failing_notice_inserts before insert on notice for each row call '"
			+ FailingNoticeInserts.class.getName() + "'";

	static final String DROP = "drop trigger if exists failing_notice_inserts";

	private static final AtomicInteger TO_FAIL = new AtomicInteger();

	private static final AtomicInteger FAILED = new AtomicInteger();

	static void failNext(int inserts) {
		FAILED.set(0);
		TO_FAIL.set(inserts);
	}

	static int failed() {
		return FAILED.get();
	}

	@Override
	public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
		if (TO_FAIL.getAndUpdate(left -> Math.max(0, left - 1)) > 0) {
			FAILED.incrementAndGet();
			throw new SQLException("The notice could not be stored (a failure made on purpose by the test).");
		}
	}

}
