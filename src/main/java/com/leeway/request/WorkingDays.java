package com.leeway.request;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * The working calendar of service levels: Monday to Friday, in UTC. The one place that counts working days.
 */
public final class WorkingDays {

	private WorkingDays() {
	}

	/** The moment a number of working days after another, skipping Saturdays and Sundays. */
	public static Instant add(Instant from, int days) {
		ZonedDateTime at = from.atZone(ZoneOffset.UTC);
		int added = 0;
		while (added < days) {
			at = at.plusDays(1);
			if (isWorkingDay(at.getDayOfWeek())) {
				added++;
			}
		}
		return at.toInstant();
	}

	/** How many whole working days have passed from one moment to another (0 if the second is not later). */
	public static long between(Instant from, Instant to) {
		long count = 0;
		Instant next = add(from, 1);
		while (!next.isAfter(to) && count < 10_000) {
			count++;
			next = add(next, 1);
		}
		return count;
	}

	private static boolean isWorkingDay(DayOfWeek day) {
		return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
	}

}
