package com.leeway.ruling.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the Drools compiler's messages into sentences IT staff can act on, keeping the original detail at the
 * end for those who want it.
 */
final class PlainMessages {

	private static final Pattern UNABLE_TO_RESOLVE = Pattern.compile("Unable to resolve ObjectType '([^']+)'");

	private static final Pattern MISMATCHED = Pattern.compile("mismatched input '([^']*)'");

	private static final Pattern UNKNOWN_FIELD = Pattern.compile("(?:Unknown property|unable to resolve property|Unable to Analyse Expression)[^']*'?([^'\\s]*)");

	private PlainMessages() {
	}

	static String explain(String raw) {
		String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
		Matcher matcher = UNABLE_TO_RESOLVE.matcher(text);
		if (matcher.find()) {
			return "The fact type '" + matcher.group(1)
					+ "' is not known. Rules can match Request; check the spelling and the import lines. (" + text + ")";
		}
		matcher = MISMATCHED.matcher(text);
		if (matcher.find()) {
			return "The rule text is not well formed near '" + matcher.group(1)
					+ "': check for a missing bracket, quote, comma or 'end'. (" + text + ")";
		}
		if (text.contains("Duplicate rule name")) {
			return "Two rules have the same name; every rule name must be unique. (" + text + ")";
		}
		matcher = UNKNOWN_FIELD.matcher(text);
		if (matcher.find()) {
			return "A condition uses a property or expression that does not exist or cannot be understood; see the list of Request properties in the authoring guide. ("
					+ text + ")";
		}
		return text;
	}

}
