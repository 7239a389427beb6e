package com.leeway.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Every language says everything: each bundle has exactly the keys of the English one, with the same placeholders,
 * and every message with placeholders is a valid message format whose apostrophes are doubled (a single one would
 * swallow the rest of the sentence).
 */
class MessageBundlesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

	@Test
	void everyLanguageHasExactlyTheKeysOfTheEnglishBundle() throws IOException {
		Properties english = bundle("messages.properties");
		for (Locale language : otherLanguages()) {
			Properties other = bundle("messages_" + language.getLanguage() + ".properties");
			Set<String> missing = new TreeSet<>(english.stringPropertyNames());
			missing.removeAll(other.stringPropertyNames());
			Set<String> extra = new TreeSet<>(other.stringPropertyNames());
			extra.removeAll(english.stringPropertyNames());
			assertThat(missing).as("keys missing from messages_%s.properties", language).isEmpty();
			assertThat(extra).as("keys in messages_%s.properties that English does not have", language).isEmpty();
		}
	}

	@Test
	void everyLanguageUsesTheSamePlaceholdersPerKey() throws IOException {
		Properties english = bundle("messages.properties");
		for (Locale language : otherLanguages()) {
			Properties other = bundle("messages_" + language.getLanguage() + ".properties");
			TreeMap<String, String> differing = new TreeMap<>();
			for (String key : english.stringPropertyNames()) {
				String translated = other.getProperty(key);
				if (translated != null && !placeholders(english.getProperty(key)).equals(placeholders(translated))) {
					differing.put(key, placeholders(english.getProperty(key)) + " ≠ " + placeholders(translated));
				}
			}
			assertThat(differing).as("placeholders of messages_%s.properties", language).isEmpty();
		}
	}

	@Test
	void messagesWithPlaceholdersAreValidAndDoubleTheirApostrophes() throws IOException {
		List<String> broken = new ArrayList<>();
		for (String name : bundleNames()) {
			Properties messages = bundle(name);
			for (String key : new TreeSet<>(messages.stringPropertyNames())) {
				String message = messages.getProperty(key);
				if (placeholders(message).isEmpty()) {
					continue; // read as written: no message format applies
				}
				try {
					new MessageFormat(message, Locale.ROOT);
				}
				catch (IllegalArgumentException ex) {
					broken.add(name + " " + key + ": " + ex.getMessage());
					continue;
				}
				if (message.replace("''", "").replaceAll("'[{}#|<]'", "").contains("'")) {
					broken.add(name + " " + key + ": a single ' swallows the text after it; write ''");
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	private static List<Locale> otherLanguages() {
		return Languages.SUPPORTED.stream().filter(language -> !language.equals(Languages.DEFAULT)).toList();
	}

	private static List<String> bundleNames() {
		List<String> names = new ArrayList<>(List.of("messages.properties"));
		otherLanguages().forEach(language -> names.add("messages_" + language.getLanguage() + ".properties"));
		return names;
	}

	static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = MessageBundlesTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name + " is on the class path").isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	private static Set<String> placeholders(String message) {
		Set<String> found = new TreeSet<>();
		Matcher matcher = PLACEHOLDER.matcher(message);
		while (matcher.find()) {
			found.add(matcher.group(1));
		}
		return found;
	}

}
