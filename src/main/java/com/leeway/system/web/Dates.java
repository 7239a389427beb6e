package com.leeway.system.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.leeway.system.ReaderZone;

/**
 * Dates and ages as people read them on pages, in the reader's language: {@code ${@dates.day(request.expiresAt)}}.
 * The patterns are message keys ({@code format.day}, {@code format.moment}), so each language writes dates its own
 * way. Times are kept in UTC and shown in the reader's time zone ({@link ReaderZone}: the browser's, UTC until it has
 * said), and a time always names its zone.
 */
@Component("dates")
class Dates {

	private final Clock clock;

	private final MessageSource messages;

	private final Map<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

	Dates(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.messages = messages;
	}

	/** "25 November 2026", "25. November 2026". */
	public String day(Instant instant) {
		return instant == null ? "" : formatter("format.day").format(instant);
	}

	/** "25 Nov 2026, 14:05 UTC", "25. Nov. 2026, 14:05 UTC". */
	public String moment(Instant instant) {
		return instant == null ? "" : formatter("format.moment").format(instant);
	}

	/** "less than an hour", "1 day", "3 days": how long ago something happened. */
	public String age(Instant since) {
		if (since == null) {
			return "";
		}
		Duration age = Duration.between(since, clock.instant());
		long days = age.toDays();
		if (days <= 0) {
			long hours = age.toHours();
			return hours <= 0 ? text("age.lessThanAnHour") : text("age.hours", hours);
		}
		return text("age.days", days);
	}

	private DateTimeFormatter formatter(String key) {
		Locale locale = LocaleContextHolder.getLocale();
		ZoneId zone = ReaderZone.current();
		// The patterns name the zone as 'UTC'; another reader's zone is named in its place.
		String pattern = zone.equals(ZoneOffset.UTC) ? text(key)
				: text(key).replace("'UTC'", "'" + zone.getDisplayName(TextStyle.SHORT, locale).replace("'", "") + "'");
		return formatters.computeIfAbsent(locale.toLanguageTag() + '|' + zone.getId() + '|' + pattern,
				ignored -> DateTimeFormatter.ofPattern(pattern, locale).withZone(zone));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
