package com.leeway.system.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Leeway's pages speak. English is the default and the fallback: a key missing from another
 * language's bundle reads in English, never as a bare key. Adding a language is adding its bundle
 * ({@code messages_xx.properties}) and its tag here (docs/languages.md).
 */
public final class Languages {

	/** Every language with a full bundle, the default first. */
	public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.GERMAN);

	public static final Locale DEFAULT = Locale.ENGLISH;

	private Languages() {
	}

	/** The supported language a tag such as "de" or "de-AT" names, if it names one. */
	public static Optional<Locale> of(String tag) {
		if (tag == null || tag.isBlank() || tag.length() > 16) {
			return Optional.empty();
		}
		String language = Locale.forLanguageTag(tag.strip()).getLanguage();
		return SUPPORTED.stream().filter(supported -> supported.getLanguage().equals(language)).findFirst();
	}

	/**
	 * The best supported language of an {@code Accept-Language} header ("de-CH,de;q=0.9,en;q=0.8"), or the
	 * default when the header names none of them or cannot be read.
	 */
	public static Locale fromAcceptLanguage(String header) {
		if (header == null || header.isBlank()) {
			return DEFAULT;
		}
		try {
			List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
			for (Locale.LanguageRange range : ranges) {
				if (range.getWeight() <= 0) {
					continue;
				}
				Optional<Locale> supported = range.getRange().equals("*") ? Optional.of(DEFAULT) : of(range.getRange());
				if (supported.isPresent()) {
					return supported.get();
				}
			}
			return DEFAULT;
		}
		catch (IllegalArgumentException unreadable) {
			return DEFAULT;
		}
	}

}
