package com.leeway.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain text with its web addresses found: only {@code http://} and {@code https://} addresses become links (never
 * {@code javascript:} or anything else), and punctuation that ends a sentence stays outside the link. The page
 * shows each part escaped, so no text ever becomes markup.
 */
public final class TextWithLinks {

	private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s<>\"'`]+", Pattern.CASE_INSENSITIVE);

	private TextWithLinks() {
	}

	/** A piece of text, or a link whose text is its address. */
	public record Part(String text, boolean link) {
	}

	public static List<Part> parts(String text) {
		List<Part> parts = new ArrayList<>();
		if (text == null) {
			return parts;
		}
		Matcher address = ADDRESS.matcher(text);
		int at = 0;
		while (address.find()) {
			String found = address.group();
			int end = found.length();
			while (end > 0 && ".,;:!?)]}".indexOf(found.charAt(end - 1)) >= 0) {
				end--;
			}
			found = found.substring(0, end);
			if (found.length() <= "https://".length()) {
				continue;
			}
			if (address.start() > at) {
				parts.add(new Part(text.substring(at, address.start()), false));
			}
			parts.add(new Part(found, true));
			at = address.start() + end;
		}
		if (at < text.length()) {
			parts.add(new Part(text.substring(at), false));
		}
		return parts;
	}

}
