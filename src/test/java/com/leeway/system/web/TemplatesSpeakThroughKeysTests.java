package com.leeway.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * What a page says comes from the message bundles, so it reads in the reader's language: no template shows text of
 * its own. A piece of text counts when it has a letter and its element does not replace it ({@code th:text},
 * {@code th:utext}, {@code th:replace}, {@code th:insert} on it or around it: such text is only what the bare file
 * shows). The attributes people read ({@code title}, {@code alt}, {@code placeholder}, {@code aria-label}) need
 * their {@code th:} counterpart. Rule text and code ({@code pre}, {@code code}) are shown as written.
 */
class TemplatesSpeakThroughKeysTests {

	static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/**
	 * Templates still being moved to keys elsewhere; remove an entry once its templates are keyed (the test then
	 * guards them too).
	 */
	static final List<String> NOT_YET_KEYED = List.of("request/detail.html", "escalation/", "followup/", "admin/");

	/** Shown as written: rule text, code, and what the browser never displays. */
	private static final Set<String> VERBATIM = Set.of("pre", "code", "script", "style", "title");

	private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
			"meta", "source", "track", "wbr");

	private static final Set<String> READ_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label");

	private static final Pattern TAG = Pattern.compile("<!--.*?-->|<(/?)([a-zA-Z][\\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*?)(/?)>",
			Pattern.DOTALL);

	private static final Pattern ATTRIBUTE = Pattern.compile("([\\w:.-]+)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	/** Words with a space between them, as in {@code ${file.value + ' bytes'}}: a phrase, not a key or a suffix. */
	private static final Pattern PHRASE = Pattern.compile("(?s).*(\\p{L}.*\\s|\\s.*\\p{L}).*");

	private static final Pattern TEXT_EXPRESSION = Pattern.compile(
			"\\s(?:th:text|th:utext|th:title|th:alt|th:placeholder|th:aria-label)\\s*=\\s*(\"[^\"]*\"|'[^']*')");

	private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
			"data-th-text", "data-th-utext");

	/** The problems of one template: each piece of inline text or a read attribute without a key. */
	static List<String> inlineTextIn(String name, String html) {
		List<String> problems = new ArrayList<>();
		String body = html.replaceFirst("(?is)^.*?<body[^>]*>", "");
		Deque<Element> open = new ArrayDeque<>();
		int position = 0;
		Matcher tag = TAG.matcher(body);
		while (tag.find()) {
			text(name, body.substring(position, tag.start()), open, problems);
			position = tag.end();
			if (tag.group(2) == null) {
				continue; // a comment
			}
			String element = tag.group(2).toLowerCase();
			if (!tag.group(1).isEmpty()) {
				while (!open.isEmpty() && !open.pop().name().equals(element)) {
					// an element closed implicitly (such as a <p> or <li> left open)
				}
				continue;
			}
			Matcher expression = TEXT_EXPRESSION.matcher(tag.group(3));
			while (expression.find()) {
				for (String literal : literals(expression.group(1))) {
					if (PHRASE.matcher(literal).matches()) {
						problems.add(name + ": phrase '" + literal + "' written into <" + element + "> by an expression");
					}
				}
			}
			List<String> attributes = new ArrayList<>();
			Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
			while (attribute.find()) {
				attributes.add(attribute.group(1).toLowerCase());
			}
			for (String read : READ_ATTRIBUTES) {
				if (attributes.contains(read) && !attributes.contains("th:" + read) && !attributes.contains("th:attr")) {
					problems.add(name + ": <" + element + " " + read + "=...> without th:" + read);
				}
			}
			boolean replaced = attributes.stream().anyMatch(REPLACING::contains) || VERBATIM.contains(element)
					|| !open.isEmpty() && open.peek().replaced();
			if (!VOID.contains(element) && tag.group(4).isEmpty()) {
				open.push(new Element(element, replaced));
			}
		}
		text(name, body.substring(position), open, problems);
		return problems;
	}

	/** The quoted literals of an expression ({@code 'status.'}, {@code ' line '}). */
	static List<String> literals(String expression) {
		List<String> literals = new ArrayList<>();
		StringBuilder literal = null;
		for (int i = 1; i < expression.length() - 1; i++) {
			char c = expression.charAt(i);
			if (literal != null && c == '\\' && i + 1 < expression.length() - 1) {
				literal.append(expression.charAt(++i));
			}
			else if (c == '\'') {
				if (literal == null) {
					literal = new StringBuilder();
				}
				else {
					literals.add(literal.toString());
					literal = null;
				}
			}
			else if (literal != null) {
				literal.append(c);
			}
		}
		return literals;
	}

	private static void text(String name, String text, Deque<Element> open, List<String> problems) {
		if (LETTER.matcher(text).find() && (open.isEmpty() || !open.peek().replaced())) {
			problems.add(name + ": text \"" + text.strip() + "\" in <" + (open.isEmpty() ? "body" : open.peek().name())
					+ "> is not from a message key");
		}
	}

	record Element(String name, boolean replaced) {
	}

	@Test
	void noTemplateShowsTextOfItsOwn() throws IOException {
		List<String> problems = new ArrayList<>();
		int read = 0;
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
				String name = TEMPLATES.relativize(file).toString().replace('\\', '/');
				if (NOT_YET_KEYED.stream().noneMatch(name::startsWith)) {
					problems.addAll(inlineTextIn(name, Files.readString(file)));
					read++;
				}
			}
		}
		assertThat(read).as("templates read").isGreaterThan(10);
		assertThat(problems).isEmpty();
	}

	@Test
	void findsInlineTextAndUnkeyedAttributes() {
		assertThat(inlineTextIn("t.html", "<body><h1>Hello</h1></body>")).hasSize(1);
		assertThat(inlineTextIn("t.html", "<body><p><a href=\"/x\">Back</a></p></body>")).hasSize(1);
		assertThat(inlineTextIn("t.html", "<body><input placeholder=\"Name\"></body>")).hasSize(1);
		assertThat(inlineTextIn("t.html", "<body><nav aria-label=\"Main\"></nav></body>")).hasSize(1);
		assertThat(inlineTextIn("t.html", "<body><td th:text=\"${size + ' bytes'}\">1</td></body>")).hasSize(1);
		assertThat(inlineTextIn("t.html", "<body><p th:text=\"#{a}\">Hello <b>you</b></p>"
				+ "<input placeholder=\"x\" th:placeholder=\"#{b}\"><pre>rule \"x\"</pre><p>: · —</p>"
				+ "<td th:text=\"#{'status.' + ${s}} + ' (' + ${d} + ')'\">x</td></body>"))
			.isEmpty();
	}

}
