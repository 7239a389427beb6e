package com.leeway.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * API clients send their password with every call (HTTP Basic). Checking a salted hash deliberately costs tens of
 * milliseconds, which would dwarf a ruling that takes microseconds; so a password that matched a stored hash is
 * remembered for a short while. The memory is keyed by a keyed hash (HMAC with a random key made at start-up, so
 * the memory alone reveals nothing) of the typed password together with the stored hash: a changed password
 * misses at once. The account itself is read afresh on every call, so a disabled account or a changed role is
 * honoured at once too; only the slow hash comparison is skipped. Only matches are remembered: a wrong password
 * is always checked in full (and counted by the {@link SignInThrottle}, which runs first).
 */
final class RecentlyVerifiedCredentials implements PasswordEncoder {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

	private static final int MAX_ENTRIES = 10_000;

	private final PasswordEncoder delegate;

	private final Clock clock;

	private final ThreadLocal<Mac> macs;

	private final Map<String, Instant> verified = new ConcurrentHashMap<>();

	RecentlyVerifiedCredentials(PasswordEncoder delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
		byte[] secret = new byte[32];
		new SecureRandom().nextBytes(secret);
		SecretKeySpec key = new SecretKeySpec(secret, "HmacSHA256");
		this.macs = ThreadLocal.withInitial(() -> {
			try {
				Mac mac = Mac.getInstance("HmacSHA256");
				mac.init(key);
				return mac;
			}
			catch (GeneralSecurityException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	@Override
	public String encode(CharSequence rawPassword) {
		return delegate.encode(rawPassword);
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		if (rawPassword == null || encodedPassword == null) {
			return delegate.matches(rawPassword, encodedPassword);
		}
		String entry = key(rawPassword, encodedPassword);
		Instant now = clock.instant();
		Instant until = verified.get(entry);
		if (until != null && until.isAfter(now)) {
			return true;
		}
		boolean matches = delegate.matches(rawPassword, encodedPassword);
		if (matches) {
			if (verified.size() >= MAX_ENTRIES) {
				verified.values().removeIf(expiry -> !expiry.isAfter(now));
				if (verified.size() >= MAX_ENTRIES) {
					verified.clear();
				}
			}
			verified.put(entry, now.plus(TIME_TO_LIVE));
		}
		else {
			verified.remove(entry);
		}
		return matches;
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return delegate.upgradeEncoding(encodedPassword);
	}

	private String key(CharSequence rawPassword, String encodedPassword) {
		Mac mac = macs.get();
		mac.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
		mac.update((byte) 0);
		mac.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
		return HexFormat.of().formatHex(mac.doFinal());
	}

}
