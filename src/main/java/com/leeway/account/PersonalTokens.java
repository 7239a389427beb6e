package com.leeway.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal access tokens: a signed-in person makes, lists and revokes their own; another system sends one as
 * {@code Authorization: Bearer lw_...} and acts as that person, with the person's current role. The secret is
 * {@value #PREFIX} and 32 random bytes (base64url); only its SHA-256 hash is stored, and it is shown once.
 * A token may itself be used to make further tokens of the same person (they expire like any other).
 */
@Service
public class PersonalTokens {

	/** How every secret begins, so it is recognised in requests and in leaked text. */
	public static final String PREFIX = "lw_";

	public static final int DEFAULT_DAYS = 90;

	public static final int MAX_DAYS = 365;

	public static final int MAX_NAME_LENGTH = 100;

	/** Last use is written at most this often per token. */
	static final Duration LAST_USED_STEP = Duration.ofMinutes(1);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final PersonalAccessTokens tokens;

	private final Employees employees;

	private final Clock clock;

	PersonalTokens(PersonalAccessTokens tokens, Employees employees, Clock clock) {
		this.tokens = tokens;
		this.employees = employees;
		this.clock = clock;
	}

	/** Makes a token for the person; the secret in the answer is never available again. */
	@Transactional
	public Issued create(String username, String name, Integer expiresInDays) {
		String trimmed = name == null ? "" : name.strip();
		if (trimmed.isEmpty()) {
			throw new RefusedInput("name", "tokens.name.required");
		}
		if (trimmed.length() > MAX_NAME_LENGTH || !trimmed.matches("[^\\p{Cntrl}]*")) {
			throw new RefusedInput("name", "tokens.name.invalid");
		}
		int days = expiresInDays == null ? DEFAULT_DAYS : expiresInDays;
		if (days < 1 || days > MAX_DAYS) {
			throw new RefusedInput("expiresInDays", "tokens.days.invalid");
		}
		Employee owner = owner(username);
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant now = clock.instant();
		PersonalAccessToken token = tokens.save(new PersonalAccessToken(owner.getId(), trimmed, hash(secret), now,
				now.plus(Duration.ofDays(days))));
		return new Issued(token, secret);
	}

	/** The person's tokens that are not revoked (expired ones included, so they can be recognised and removed). */
	@Transactional(readOnly = true)
	public List<PersonalAccessToken> of(String username) {
		return tokens.findByEmployeeIdAndRevokedAtIsNullOrderByCreatedAtDesc(owner(username).getId());
	}

	/** Revokes one of the person's own tokens; false when the person has no such token. */
	@Transactional
	public boolean revoke(String username, long id) {
		Optional<PersonalAccessToken> token = tokens.findByIdAndEmployeeIdAndRevokedAtIsNull(id,
				owner(username).getId());
		token.ifPresent(found -> found.revokeAt(clock.instant()));
		return token.isPresent();
	}

	/**
	 * The person a presented secret stands for, with their current role; empty when the secret is unknown,
	 * revoked, expired or its owner's account is disabled.
	 */
	@Transactional
	public Optional<SignedInUser> signIn(String secret) {
		if (secret == null || !secret.startsWith(PREFIX)) {
			return Optional.empty();
		}
		String presented = hash(secret);
		Instant now = clock.instant();
		return tokens.findByTokenHash(presented)
			.filter(token -> MessageDigest.isEqual(token.getTokenHash().getBytes(StandardCharsets.US_ASCII),
					presented.getBytes(StandardCharsets.US_ASCII)))
			.filter(token -> token.isUsableAt(now))
			.flatMap(token -> employees.findById(token.getEmployeeId())
				.filter(Employee::isEnabled)
				.map(owner -> {
					if (token.getLastUsedAt() == null || !token.getLastUsedAt().plus(LAST_USED_STEP).isAfter(now)) {
						token.usedAt(now);
					}
					return new SignedInUser(owner);
				}));
	}

	private Employee owner(String username) {
		return employees.findByUsername(username)
			.orElseThrow(() -> new IllegalStateException("No account " + username));
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A new token and its secret, which is shown this once. */
	public record Issued(PersonalAccessToken token, String secret) {
	}

}
