package com.leeway.system.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switch at the foot of every page: the choice is kept with the signed-in person's account (or for
 * this visit, on the sign-in page), and the same page opens again in that language.
 */
@Controller
class LanguageController {

	private final LocaleResolver locales;

	LanguageController(LocaleResolver locales) {
		this.locales = locales;
	}

	@PostMapping("/language")
	String choose(@RequestParam(required = false) String language, HttpServletRequest request,
			HttpServletResponse response) {
		Locale chosen = Languages.of(language)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST));
		locales.setLocale(request, response, chosen);
		return "redirect:" + back(request);
	}

	/** The page the switch was used on, when it is one of Leeway's own; else the start page. */
	static String back(HttpServletRequest request) {
		String referer = request.getHeader(HttpHeaders.REFERER);
		if (referer == null) {
			return "/";
		}
		try {
			URI page = URI.create(referer);
			boolean ours = request.getServerName().equalsIgnoreCase(page.getHost())
					&& request.getServerPort() == (page.getPort() == -1 ? request.getServerPort() : page.getPort());
			String path = page.getRawPath();
			if (!ours || path == null || !path.startsWith(request.getContextPath() + "/") || path.startsWith("//")) {
				return "/";
			}
			String local = path.substring(request.getContextPath().length());
			if (local.startsWith("/login")) {
				return "/login"; // not again "wrong password" or "signed out"
			}
			return local + (page.getRawQuery() == null ? "" : "?" + page.getRawQuery());
		}
		catch (IllegalArgumentException unreadable) {
			return "/";
		}
	}

}
