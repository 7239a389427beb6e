package com.leeway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The content security policy allows scripts from Leeway's own files only ({@code script-src 'self'}), so no page
 * may carry a script of its own: no {@code <script>} with a body, no {@code on...=} event handler attribute
 * (also not as {@code th:on...}), no {@code javascript:} link. Every template is read.
 */
class TemplatesHaveNoInlineScriptsTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script\\s*>",
			Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	static final Pattern HANDLER = Pattern.compile("\\s(?:th:|data-th-)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);

	static final Pattern JAVASCRIPT_URL = Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE);

	static List<String> problemsIn(String name, String html) {
		List<String> problems = new ArrayList<>();
		Matcher script = SCRIPT.matcher(html);
		while (script.find()) {
			boolean fromFile = script.group(1).matches("(?is).*\\s(th:)?src\\s*=.*");
			if (!fromFile || !script.group(2).isBlank()) {
				problems.add(name + ": inline <script>");
			}
		}
		for (String tag : html.split("<")) {
			if (HANDLER.matcher(tag.split(">", 2)[0]).find()) {
				problems.add(name + ": event handler attribute in <" + tag.split(">", 2)[0] + ">");
			}
		}
		if (JAVASCRIPT_URL.matcher(html).find()) {
			problems.add(name + ": javascript: link");
		}
		return problems;
	}

	@Test
	void noTemplateHasAnInlineScriptOrEventHandler() throws IOException {
		List<String> problems = new ArrayList<>();
		int read = 0;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
				problems.addAll(problemsIn(TEMPLATES.relativize(file).toString(), Files.readString(file)));
				read++;
			}
		}

		assertThat(read).as("templates read").isGreaterThan(10);
		assertThat(problems).isEmpty();
	}

	@Test
	void theCheckFindsWhatItLooksFor() {
		assertThat(problemsIn("a", "<script>alert(1)</script>")).hasSize(1);
		assertThat(problemsIn("b", "<script th:inline=\"javascript\">var x = 1;</script>")).hasSize(1);
		assertThat(problemsIn("c", "<button onclick=\"go()\">Go</button>")).hasSize(1);
		assertThat(problemsIn("d", "<select th:onchange=\"${x}\"></select>")).hasSize(1);
		assertThat(problemsIn("e", "<a href=\"javascript:go()\">Go</a>")).hasSize(1);
		assertThat(problemsIn("f", "<script th:src=\"@{/js/request-form.js}\" defer></script>")).isEmpty();
		assertThat(problemsIn("g", "<p class=\"one\" data-standard=\"x\">Button pressed</p>")).isEmpty();
	}

}
