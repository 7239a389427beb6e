package com.leeway.ruleset.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Colours rule files for reading: keywords, strings and comments of DRL, and YAML keys. Text is escaped first,
 * so nothing in a rule file can become markup.
 */
final class Highlighter {

	private static final Pattern DRL = Pattern.compile(
			"(?<comment>//.*$)|(?<string>\"(?:[^\"\\\\]|\\\\.)*\")|(?<keyword>\\b(?:package|import|global|rule|when|then|end|no-loop|salience|not|exists|and|or|update|modify|insert|function|query|declare|dialect)\\b)");

	private static final Pattern YAML = Pattern.compile("(?<comment>#.*$)|(?<key>^\\s*-?\\s*[A-Za-z_]+:)");

	private Highlighter() {
	}

	/** One line of a file, numbered from 1, as safe HTML. */
	record Line(int number, String html, boolean error) {
	}

	static List<Line> lines(String path, String text, java.util.Set<Integer> errorLines) {
		List<Line> lines = new ArrayList<>();
		String[] raw = text.split("\\R", -1);
		Pattern pattern = path.endsWith(".drl") ? DRL : path.endsWith(".yaml") || path.endsWith(".yml") ? YAML : null;
		for (int i = 0; i < raw.length; i++) {
			lines.add(new Line(i + 1, pattern == null ? HtmlUtils.htmlEscape(raw[i]) : colour(raw[i], pattern),
					errorLines.contains(i + 1)));
		}
		return lines;
	}

	private static String colour(String line, Pattern pattern) {
		StringBuilder html = new StringBuilder();
		Matcher matcher = pattern.matcher(line);
		int last = 0;
		while (matcher.find()) {
			html.append(HtmlUtils.htmlEscape(line.substring(last, matcher.start())));
			String kind = matcher.group("comment") != null ? "comment"
					: pattern == DRL && matcher.group("string") != null ? "string" : "keyword";
			html.append("<span class=\"hl-").append(kind).append("\">")
				.append(HtmlUtils.htmlEscape(matcher.group()))
				.append("</span>");
			last = matcher.end();
		}
		return html.append(HtmlUtils.htmlEscape(line.substring(last))).toString();
	}

}
