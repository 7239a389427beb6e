package com.leeway.request;

import java.time.Instant;
import java.util.Locale;

/**
 * Dates as people read them in messages: "20 February 2027".
 */
public final class RequestDates {

	private RequestDates() {
	}

	public static String day(Instant instant) {
		return instant == null ? "" : RequestViews.day(instant, Locale.ENGLISH);
	}

}
