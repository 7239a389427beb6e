package com.leeway.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * API clients send their password with every call (HTTP Basic). Checking a salted hash deliberately costs tens of
 * milliseconds, which would dwarf a ruling that takes microseconds; so a successful check is remembered for a
 * short while, keyed by a SHA-256 of user name and password (the password itself is never kept). A changed
 * or disabled account is therefore honoured within {@link #TIME_TO_LIVE}.
 */
class RecentlyVerifiedCredentials implements AuthenticationManager {

	static final Duration TIME_TO_LIVE = Duration.ofSeconds(60);

	private static final int MAX_ENTRIES = 10_000;

	private record Verified(Authentication authentication, Instant until) {
	}

	private final AuthenticationManager delegate;

	private final Clock clock;

	private final Map<String, Verified> verified = new ConcurrentHashMap<>();

	RecentlyVerifiedCredentials(AuthenticationManager delegate, Clock clock) {
		this.delegate = delegate;
		this.clock = clock;
	}

	@Override
	public Authentication authenticate(Authentication request) {
		if (!(request instanceof UsernamePasswordAuthenticationToken) || !(request.getCredentials() instanceof String password)) {
			return delegate.authenticate(request);
		}
		String key = key(request.getName(), password);
		Instant now = Instant.now(clock);
		Verified known = verified.get(key);
		if (known != null && known.until().isAfter(now)) {
			return known.authentication();
		}
		Authentication result = delegate.authenticate(request);
		if (verified.size() >= MAX_ENTRIES) {
			verified.clear();
		}
		verified.put(key, new Verified(result, now.plus(TIME_TO_LIVE)));
		return result;
	}

	private static String key(String username, String password) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(username.getBytes(StandardCharsets.UTF_8));
			digest.update((byte) 0);
			digest.update(password.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
