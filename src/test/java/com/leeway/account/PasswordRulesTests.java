package com.leeway.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a chosen password must be, rule by rule.
 */
class PasswordRulesTests {

	@Test
	void acceptsALongPassphrase() {
		assertThat(PasswordRules.check("correct horse battery staple", "ada")).isEmpty();
	}

	@Test
	void refusesAShortPassword() {
		assertThat(PasswordRules.check("Sh0rt!pass", "ada")).contains("setup.password.tooShort");
	}

	@Test
	void refusesAPasswordTooLongForTheHash() {
		assertThat(PasswordRules.check("x".repeat(40) + "abcdefghijklmnopqrstuvwxyz", "ada"))
			.contains("setup.password.tooLong");
		assertThat(PasswordRules.check("ü".repeat(37) + "abcd", "ada")).contains("setup.password.tooLong");
	}

	@Test
	void refusesAPasswordContainingTheUserName() {
		assertThat(PasswordRules.check("my name is Administrator", "administrator"))
			.contains("setup.password.containsUsername");
	}

	@Test
	void refusesAPasswordOfFewDifferentCharacters() {
		assertThat(PasswordRules.check("abababababababab", "ada")).contains("setup.password.tooSimple");
	}

	@Test
	void refusesNoPasswordAtAll() {
		assertThat(PasswordRules.check(null, "ada")).contains("setup.password.tooShort");
	}

}
