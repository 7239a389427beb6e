package com.leeway.request;

import java.time.Instant;

/**
 * Dates as people read them in timelines and messages: "20 February 2027".
 */
public final class RequestDates {

	private RequestDates() {
	}

	public static String day(Instant instant) {
		return instant == null ? "" : RequestDesk.DAY.format(instant);
	}

}
