package com.leeway.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How unsuccessful sign-ins are slowed down ({@code leeway.security.sign-in.*}). Failures are counted in a sliding
 * {@code window} per account and client address, per client address and per account; when one of them reaches
 * its limit, sign-ins for it are refused (without checking the password) for {@code first-pause}, doubling with
 * every further failure up to {@code longest-pause}.
 *
 * @param window how far back failures are counted
 * @param maxFailuresPerAccountAndAddress wrong passwords for one account from one address before a pause
 * @param maxFailuresPerAddress unsuccessful sign-ins from one address, whatever the account, before a pause
 * @param maxFailuresPerAccount unsuccessful sign-ins for one account, from anywhere, before a pause; much higher
 * than the first, so one attacking address cannot lock the real person out
 * @param firstPause the first pause
 * @param longestPause the longest pause, however many failures follow
 * @param maxTracked the most accounts, addresses or pairs remembered at once (the oldest are forgotten first)
 */
@ConfigurationProperties("leeway.security.sign-in")
record SignInProperties(Duration window, Integer maxFailuresPerAccountAndAddress, Integer maxFailuresPerAddress,
		Integer maxFailuresPerAccount, Duration firstPause, Duration longestPause, Integer maxTracked) {

	SignInProperties {
		window = window == null ? Duration.ofMinutes(15) : window;
		maxFailuresPerAccountAndAddress = maxFailuresPerAccountAndAddress == null ? 5 : maxFailuresPerAccountAndAddress;
		maxFailuresPerAddress = maxFailuresPerAddress == null ? 30 : maxFailuresPerAddress;
		maxFailuresPerAccount = maxFailuresPerAccount == null ? 100 : maxFailuresPerAccount;
		firstPause = firstPause == null ? Duration.ofSeconds(15) : firstPause;
		longestPause = longestPause == null ? Duration.ofMinutes(1) : longestPause;
		maxTracked = maxTracked == null ? 10_000 : maxTracked;
		if (maxFailuresPerAccountAndAddress < 1 || maxFailuresPerAddress < 1 || maxFailuresPerAccount < 1
				|| maxTracked < 1) {
			throw new IllegalArgumentException("leeway.security.sign-in limits must be at least 1");
		}
		if (window.isNegative() || window.isZero() || firstPause.isNegative() || longestPause.compareTo(firstPause) < 0) {
			throw new IllegalArgumentException(
					"leeway.security.sign-in.window must be positive and longest-pause at least first-pause");
		}
	}

	static SignInProperties defaults() {
		return new SignInProperties(null, null, null, null, null, null, null);
	}

}
