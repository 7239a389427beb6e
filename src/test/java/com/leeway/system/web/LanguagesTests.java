package com.leeway.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The browser's languages pick the page language: the first one Leeway speaks, in the browser's order of
 * preference; anything else, or nothing readable, is English.
 */
class LanguagesTests {

	@Test
	void picksTheFirstSpokenLanguageOfTheBrowser() {
		assertThat(Languages.fromAcceptLanguage("de-CH,de;q=0.9,en;q=0.8")).isEqualTo(Locale.GERMAN);
		assertThat(Languages.fromAcceptLanguage("fr-FR,fr;q=0.9,de;q=0.5,en;q=0.4")).isEqualTo(Locale.GERMAN);
		assertThat(Languages.fromAcceptLanguage("en-GB,de;q=0.9")).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage("en;q=0.2,de-AT;q=0.8")).isEqualTo(Locale.GERMAN);
	}

	@Test
	void speaksEnglishWhenTheBrowserAsksForNothingLeewaySpeaks() {
		assertThat(Languages.fromAcceptLanguage(null)).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage("")).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage("fr-FR,ja")).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage("*")).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage("de;q=0")).isEqualTo(Locale.ENGLISH);
		assertThat(Languages.fromAcceptLanguage("de;q=abc,,;;")).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void acceptsOnlyTheLanguagesItSpeaksAsAChoice() {
		assertThat(Languages.of("de")).contains(Locale.GERMAN);
		assertThat(Languages.of("de-AT")).contains(Locale.GERMAN);
		assertThat(Languages.of("en")).contains(Locale.ENGLISH);
		assertThat(Languages.of("fr")).isEmpty();
		assertThat(Languages.of("")).isEmpty();
		assertThat(Languages.of(null)).isEmpty();
		assertThat(Languages.of("x".repeat(100))).isEmpty();
	}

}
