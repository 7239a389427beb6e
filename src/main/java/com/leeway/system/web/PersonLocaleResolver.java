package com.leeway.system.web;

import java.io.Serializable;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import com.leeway.account.Directory;

/**
 * The language of every page, in this order: the language a signed-in person chose (kept with their account), else
 * the one chosen on this visit before signing in, else the browser's ({@code Accept-Language}) if Leeway speaks it,
 * else English. The API follows {@code Accept-Language} only: a script says what it wants with each call.
 * <p>
 * The account's choice is read once per session and kept in it, so a page costs no extra query.
 */
@Component("localeResolver")
class PersonLocaleResolver implements LocaleResolver {

	static final String CHOICE = PersonLocaleResolver.class.getName() + ".CHOICE";

	private final Directory directory;

	PersonLocaleResolver(Directory directory) {
		this.directory = directory;
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Locale browser = Languages.fromAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
		if (isApi(request)) {
			return browser;
		}
		String username = signedIn();
		HttpSession session = request.getSession(false);
		Choice choice = session == null ? null : session.getAttribute(CHOICE) instanceof Choice kept ? kept : null;
		if (username == null) {
			return choice != null && choice.username() == null ? Languages.of(choice.tag()).orElse(browser) : browser;
		}
		if (choice == null || !username.equals(choice.username())) {
			String chosen = directory.languageOf(username).orElse(null);
			if (chosen == null && choice != null && choice.username() == null) {
				chosen = choice.tag(); // chosen on the sign-in page, before anyone was signed in
			}
			choice = new Choice(username, chosen);
			request.getSession().setAttribute(CHOICE, choice);
		}
		return Languages.of(choice.tag()).orElse(browser);
	}

	/** Keeps a choice for this visit; a signed-in person's choice is also kept with their account. */
	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		String username = signedIn();
		String tag = locale == null ? null : Languages.of(locale.toLanguageTag()).map(Locale::toLanguageTag).orElse(null);
		if (username != null) {
			directory.setLanguage(username, tag);
		}
		request.getSession().setAttribute(CHOICE, new Choice(username, tag));
	}

	private static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	private static String signedIn() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !authentication.isAuthenticated()
				|| authentication instanceof AnonymousAuthenticationToken) {
			return null;
		}
		return authentication.getName();
	}

	/** A language chosen in this session, by a person (username) or before signing in (null). */
	record Choice(String username, String tag) implements Serializable {
	}

}
