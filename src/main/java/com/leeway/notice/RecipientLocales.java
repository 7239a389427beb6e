package com.leeway.notice;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import com.leeway.account.Directory;

/**
 * The language a person reads their notices and e-mails in. Every notice is written for one recipient in one
 * language, when it is created (the notification list) and when it is mailed.
 */
@Component
class RecipientLocales {

	private final Locale defaultLocale;

	private final Directory directory;

	RecipientLocales(@Value("${leeway.notices.default-language:en}") String defaultLanguage, Directory directory) {
		this.defaultLocale = Locale.forLanguageTag(defaultLanguage);
		this.directory = directory;
	}

	/**
	 * The recipient's language: the one they chose in Leeway, else {@code leeway.notices.default-language}.
	 */
	Locale of(String username) {
		return directory.languageOf(username).map(Locale::forLanguageTag).orElse(defaultLocale);
	}

}
