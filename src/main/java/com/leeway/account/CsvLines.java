package com.leeway.account;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 describes it: values separated by commas, a value in double quotes may hold commas, line
 * breaks and doubled quotes. Each line keeps the number of the line it starts on, so problems can name it.
 */
final class CsvLines {

	record Line(int number, List<String> values) {
	}

	static final class Unreadable extends RuntimeException {

		private final int line;

		Unreadable(int line) {
			super("Unclosed quotes starting on line " + line);
			this.line = line;
		}

		int line() {
			return line;
		}

	}

	private CsvLines() {
	}

	static List<Line> read(String text) {
		List<Line> lines = new ArrayList<>();
		List<String> values = new ArrayList<>();
		StringBuilder value = new StringBuilder();
		int lineNumber = 1;
		int startedOn = 1;
		int quoteStartedOn = 0;
		boolean quoted = false;
		int i = 0;
		if (text.startsWith("\uFEFF")) {
			i = 1;
		}
		for (; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						value.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					if (c == '\n') {
						lineNumber++;
					}
					value.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
				quoteStartedOn = lineNumber;
			}
			else if (c == ',') {
				values.add(value.toString());
				value.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				values.add(value.toString());
				value.setLength(0);
				lines.add(new Line(startedOn, List.copyOf(values)));
				values.clear();
				lineNumber++;
				startedOn = lineNumber;
			}
			else {
				value.append(c);
			}
		}
		if (quoted) {
			throw new Unreadable(quoteStartedOn);
		}
		if (!values.isEmpty() || !value.isEmpty()) {
			values.add(value.toString());
			lines.add(new Line(startedOn, List.copyOf(values)));
		}
		return lines;
	}

}
