package com.leeway.review;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.leeway.account.Actor;
import com.leeway.account.Role;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * Whose figures a person may review, for which period: managers their own department only, IT staff and
 * administrators every department or one they choose; nobody else. The period is whole days, at most five years;
 * without one, the last twelve months up to today.
 *
 * @param department the department reviewed, or null for every department
 */
public record ReviewScope(LocalDate from, LocalDate to, String department) {

	static final int MAX_DAYS = 5 * 366;

	/** The scope this person asks for, or a 403 (not theirs) or 400 (a date that is not one). */
	public static ReviewScope of(Actor actor, String from, String to, String department, LocalDate today) {
		String chosen = department == null || department.isBlank() ? null : department.trim();
		if (actor.is(Role.MANAGER)) {
			if (chosen != null && !chosen.equalsIgnoreCase(actor.department())) {
				throw new UserFacingException.Forbidden("review.otherDepartment", chosen);
			}
			chosen = actor.department();
		}
		else if (!actor.seesEverything()) {
			throw new UserFacingException.Forbidden("review.notAllowed");
		}
		LocalDate end = date("to", to, today);
		LocalDate start = date("from", from, end.minusMonths(11).withDayOfMonth(1));
		if (start.isAfter(end)) {
			throw InvalidInput.of("to", "review.period.order");
		}
		if (start.plusDays(MAX_DAYS).isBefore(end)) {
			throw InvalidInput.of("from", "review.period.tooLong");
		}
		return new ReviewScope(start, end, chosen);
	}

	/** Whether this person may see the service review at all. */
	public static boolean mayReview(Actor actor) {
		return actor.is(Role.MANAGER) || actor.seesEverything();
	}

	private static LocalDate date(String field, String value, LocalDate fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			return LocalDate.parse(value.trim());
		}
		catch (DateTimeParseException ex) {
			throw InvalidInput.of(field, "review.period.date");
		}
	}

}
