package com.leeway.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password chosen in Leeway must be: long enough to resist guessing, short enough for the salted hash
 * (which reads at most 72 bytes), and not built from the user name. Each rule broken is named by a message key.
 */
final class PasswordRules {

	static final int SHORTEST = 12;

	static final int LONGEST = 64;

	private static final int MOST_BYTES = 72;

	private static final int FEWEST_DIFFERENT_CHARACTERS = 5;

	private PasswordRules() {
	}

	/** The key of the first rule the password breaks, if any. */
	static Optional<String> check(String password, String username) {
		if (password == null || password.length() < SHORTEST) {
			return Optional.of("setup.password.tooShort");
		}
		if (password.length() > LONGEST || password.getBytes(StandardCharsets.UTF_8).length > MOST_BYTES) {
			return Optional.of("setup.password.tooLong");
		}
		if (username != null && !username.isBlank()
				&& password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
			return Optional.of("setup.password.containsUsername");
		}
		if (password.chars().distinct().count() < FEWEST_DIFFERENT_CHARACTERS) {
			return Optional.of("setup.password.tooSimple");
		}
		return Optional.empty();
	}

}
