package com.leeway.notice;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The language a person reads their notices and e-mails in. Every notice is written for one recipient in one
 * language, when it is created (the notification list) and when it is mailed.
 */
@Component
class RecipientLocales {

	private final Locale defaultLocale;

	RecipientLocales(@Value("${leeway.notices.default-language:en}") String defaultLanguage) {
		this.defaultLocale = Locale.forLanguageTag(defaultLanguage);
	}

	/**
	 * The recipient's language. Until people can choose one, everyone reads {@code leeway.notices.default-language};
	 * a person's own choice (a language tag kept with the person) comes first once there is one.
	 */
	Locale of(String username) {
		return defaultLocale;
	}

}
