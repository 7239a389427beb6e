package com.leeway.ruleset.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import com.leeway.ruleset.RuleSetLibrary;
import com.leeway.ruleset.RuleSetVersion;
import com.leeway.system.ReaderZone;

/**
 * A rule-set version as people name it: by the day it was published ({@code ${@ruleSetNames.of(hash)}}, "the rules
 * published on 25 November 2026"), never by its content hash, which is a detail for IT staff.
 */
@Component("ruleSetNames")
class RuleSetNames {

	private final RuleSetLibrary library;

	private final MessageSource messages;

	/** Published versions never change: when each was first published, looked up once. */
	private final Map<String, Optional<Instant>> published = new ConcurrentHashMap<>();

	RuleSetNames(RuleSetLibrary library, MessageSource messages) {
		this.library = library;
		this.messages = messages;
	}

	public String of(String contentHash) {
		Locale locale = LocaleContextHolder.getLocale();
		Optional<Instant> at = contentHash == null ? Optional.empty()
				: published.computeIfAbsent(contentHash, hash -> library.find(hash).map(RuleSetVersion::getPublishedAt));
		return at.map(instant -> messages.getMessage("rules.named", new Object[] { DateTimeFormatter
			.ofPattern(messages.getMessage("format.day", null, locale), locale)
			.withZone(ReaderZone.current())
			.format(instant) }, locale)).orElseGet(() -> messages.getMessage("rules.named.unknown", null, locale));
	}

}
