package com.leeway.system.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Dates and ages as people read them on pages: {@code ${@dates.day(request.expiresAt)}}. Times are shown in UTC.
 */
@Component("dates")
class Dates {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
		.withZone(ZoneOffset.UTC);

	private final Clock clock;

	Dates(Clock clock) {
		this.clock = clock;
	}

	public String day(Instant instant) {
		return instant == null ? "" : DAY.format(instant);
	}

	public String moment(Instant instant) {
		return instant == null ? "" : MOMENT.format(instant);
	}

	/** "today", "1 day", "3 days": how long ago something happened. */
	public String age(Instant since) {
		if (since == null) {
			return "";
		}
		long days = Duration.between(since, clock.instant()).toDays();
		if (days <= 0) {
			long hours = Duration.between(since, clock.instant()).toHours();
			return hours <= 0 ? "less than an hour" : hours + (hours == 1 ? " hour" : " hours");
		}
		return days + (days == 1 ? " day" : " days");
	}

}
