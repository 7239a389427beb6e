package com.leeway.ruling.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a condition or an action of a rule into tokens, exactly as Java and MVEL would: plain ASCII names,
 * {@code $variables}, double-quoted text with the usual escapes, decimal numbers, operators. Comments and spaces
 * are skipped; everything else becomes a token for the guard to judge, so nothing can hide in between.
 */
final class RuleTokens {

	enum Kind {
		NAME, VARIABLE, TEXT, NUMBER, SYMBOL, END
	}

	record Token(Kind kind, String text, int start) {

		boolean is(String symbol) {
			return (kind == Kind.SYMBOL || kind == Kind.NAME) && text.equals(symbol);
		}

	}

	/** Why a piece of rule text could not be split into tokens, and where (offset in the text). */
	static final class Unreadable extends Exception {

		private final int offset;

		Unreadable(String message, int offset) {
			super(message, null, false, false);
			this.offset = offset;
		}

		int offset() {
			return offset;
		}

	}

	private static final String[] SYMBOLS = { "==", "!=", "<=", ">=", "&&", "||", ":=", "!.", "->", "++", "--",
			"+=", "-=", "*=", "/=", "%=", "<<", ">>", "::" };

	private RuleTokens() {
	}

	static List<Token> tokenize(String text) throws Unreadable {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		int length = text.length();
		while (i < length) {
			char c = text.charAt(i);
			if (c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f') {
				i++;
			}
			else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '/') {
				// A line comment ends at the first line break of either kind: the most code Java or MVEL could see.
				while (i < length && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
					i++;
				}
			}
			else if (c == '/' && i + 1 < length && text.charAt(i + 1) == '*') {
				int close = text.indexOf("*/", i + 2);
				if (close < 0) {
					throw new Unreadable("A comment that starts with /* is never closed with */.", i);
				}
				i = close + 2;
			}
			else if (c == '"') {
				i = readText(text, i, tokens);
			}
			else if (isLetter(c) || c == '$') {
				int start = i;
				i++;
				while (i < length && (isLetter(text.charAt(i)) || isDigit(text.charAt(i)))) {
					i++;
				}
				if (i < length && text.charAt(i) == '$') {
					throw new Unreadable("Names may not contain '$' except at their start.", i);
				}
				String name = text.substring(start, i);
				if (c == '$' && name.length() == 1) {
					throw new Unreadable("A '$' must start a variable name such as $request.", start);
				}
				tokens.add(new Token(c == '$' ? Kind.VARIABLE : Kind.NAME, name, start));
			}
			else if (isDigit(c)) {
				int start = i;
				while (i < length && (isLetter(text.charAt(i)) || isDigit(text.charAt(i)) || text.charAt(i) == '.')) {
					i++;
				}
				String number = text.substring(start, i);
				if (!number.matches("(0|[1-9][0-9]*)(\\.[0-9]+)?")) {
					throw new Unreadable("'" + number
							+ "' is not a plain number; write whole numbers like 90 or decimals like 2.5.", start);
				}
				tokens.add(new Token(Kind.NUMBER, number, start));
			}
			else {
				String symbol = String.valueOf(c);
				for (String candidate : SYMBOLS) {
					if (text.startsWith(candidate, i)) {
						symbol = candidate;
						break;
					}
				}
				tokens.add(new Token(Kind.SYMBOL, symbol, i));
				i += symbol.length();
			}
		}
		tokens.add(new Token(Kind.END, "", length));
		return tokens;
	}

	/** Reads one double-quoted text, allowing only the escapes Java and MVEL read alike. */
	private static int readText(String text, int start, List<Token> tokens) throws Unreadable {
		StringBuilder value = new StringBuilder();
		int i = start + 1;
		while (true) {
			if (i >= text.length()) {
				throw new Unreadable("A text in quotes is never closed with \".", start);
			}
			char c = text.charAt(i);
			if (c == '"') {
				break;
			}
			if (c == '\n' || c == '\r') {
				throw new Unreadable("A text in quotes must end on the line where it starts.", start);
			}
			if (c == '\\') {
				char next = i + 1 < text.length() ? text.charAt(i + 1) : ' ';
				switch (next) {
					case '"', '\\', '\'' -> value.append(next);
					case 'n' -> value.append('\n');
					case 't' -> value.append('\t');
					case 'r' -> value.append('\r');
					case 'b' -> value.append('\b');
					case 'f' -> value.append('\f');
					default -> throw new Unreadable("The escape \\" + next
							+ " is not allowed in text; only \\\", \\\\, \\', \\n, \\t, \\r, \\b and \\f are.", i);
				}
				i += 2;
				continue;
			}
			if (c == '@' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
				throw new Unreadable("Text may not contain '@{': MVEL reads it as a template.", i);
			}
			value.append(c);
			i++;
		}
		tokens.add(new Token(Kind.TEXT, value.toString(), start));
		return i + 1;
	}

	private static boolean isLetter(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
