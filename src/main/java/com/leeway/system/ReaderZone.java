package com.leeway.system;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The time zone of the person reading a page: the browser's own zone, which {@code /js/timezone.js} keeps in the
 * {@value #COOKIE} cookie (an IANA name such as "Europe/Berlin"); UTC, named as such, when the browser has not said
 * (the first page of a visit, scripts off, the API). Times on pages are shown in it, and the days a list is
 * filtered by are counted in it.
 */
public final class ReaderZone {

	public static final String COOKIE = "leeway-tz";

	private ReaderZone() {
	}

	/** The reader's zone for the current web request, UTC outside one or when the browser has not said. */
	public static ZoneId current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return of(attributes.getRequest()).orElse(ZoneOffset.UTC);
		}
		return ZoneOffset.UTC;
	}

	static Optional<ZoneId> of(HttpServletRequest request) {
		Cookie[] cookies = request.getCookies();
		if (cookies == null) {
			return Optional.empty();
		}
		for (Cookie cookie : cookies) {
			if (COOKIE.equals(cookie.getName())) {
				return parse(cookie.getValue());
			}
		}
		return Optional.empty();
	}

	/** A zone name as a browser reports it; anything else is ignored rather than trusted. */
	public static Optional<ZoneId> parse(String name) {
		if (name == null || name.length() > 64 || !name.matches("[A-Za-z0-9_+\\-/]+")) {
			return Optional.empty();
		}
		try {
			return Optional.of(ZoneId.of(name.replace("%2F", "/")));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

}
