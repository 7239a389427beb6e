package com.leeway.system;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

/**
 * A sign-in refused without checking the password, because there were too many unsuccessful ones.
 */
final class SignInPaused extends AuthenticationException {

	private final Duration remaining;

	SignInPaused(Duration remaining) {
		super("Too many unsuccessful sign-ins");
		this.remaining = remaining;
	}

	/** Whole seconds to wait, for the {@code Retry-After} header; at least one. */
	long retryAfterSeconds() {
		return Math.max(1, (remaining.toMillis() + 999) / 1000);
	}

}
