package com.leeway.request;

import java.util.LinkedHashMap;
import java.util.Map;

/** The facts of a timeline entry: {@code Facts.of("until", "...", "reason", "...")}; null values are left out. */
final class Facts {

	private Facts() {
	}

	static Map<String, String> of(Object... keysAndValues) {
		Map<String, String> facts = new LinkedHashMap<>();
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				facts.put(String.valueOf(keysAndValues[i]), String.valueOf(keysAndValues[i + 1]));
			}
		}
		return facts;
	}

}
