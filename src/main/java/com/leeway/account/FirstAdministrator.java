package com.leeway.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator of a new installation, which starts with no accounts at all. While no
 * administrator exists, each start issues a one-time setup code (printed in the log; only its hash is stored, and
 * a new start replaces it); whoever can read the log enters it on the setup page with the administrator's details.
 * The code works exactly once: claiming it deletes it in the same transaction that creates the account, so two
 * people racing with the same code cannot both succeed. Once an administrator exists there is nothing to set up.
 */
@Service
public class FirstAdministrator {

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private static final int CODE_LENGTH = 20;

	private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{2,64}");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

	private static final String DEPARTMENT = "IT";

	private final Employees employees;

	private final PasswordEncoder passwordEncoder;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final Organisation organisation;

	private final SecureRandom random = new SecureRandom();

	FirstAdministrator(Employees employees, PasswordEncoder passwordEncoder, JdbcTemplate jdbc, Clock clock,
			Organisation organisation) {
		this.employees = employees;
		this.passwordEncoder = passwordEncoder;
		this.jdbc = jdbc;
		this.clock = clock;
		this.organisation = organisation;
	}

	/** Whether Leeway still has no administrator. */
	@Transactional(readOnly = true)
	public boolean needed() {
		return !employees.existsByRole(Role.ADMIN);
	}

	/** A new one-time setup code, replacing any earlier one; shown once, stored only as a hash. */
	@Transactional
	public String issueSetupCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < CODE_LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		jdbc.update("delete from setup_token");
		jdbc.update("insert into setup_token (id, token_hash, created_at) values (1, ?, ?)", hash(code.toString()),
				Timestamp.from(clock.instant()));
		return code.toString();
	}

	/** Forgets any setup code, once an administrator exists. */
	@Transactional
	public void forgetSetupCode() {
		jdbc.update("delete from setup_token");
	}

	/**
	 * Creates the first administrator with the setup code.
	 * @throws AlreadySetUp when an administrator exists already
	 * @throws RefusedInput naming the field that is not right
	 */
	@Transactional
	public Actor create(NewAdministrator account) {
		if (!needed()) {
			throw new AlreadySetUp();
		}
		check(account);
		if (!account.password().equals(account.repeatedPassword())) {
			throw new RefusedInput("repeatedPassword", "setup.password.notRepeated");
		}
		if (account.setupCode() == null
				|| jdbc.update("delete from setup_token where id = 1 and token_hash = ?", hash(account.setupCode())) != 1) {
			throw new RefusedInput("setupCode", "setup.code.wrong");
		}
		return Actor.of(save(account.username(), account.displayName(), account.email(), account.password()));
	}

	/**
	 * Creates the first administrator from the start-up configuration ({@code LEEWAY_FIRST_ADMIN_USERNAME} and
	 * {@code LEEWAY_FIRST_ADMIN_PASSWORD}), without a setup code: whoever sets the server's environment is trusted.
	 * @throws RefusedInput naming the setting that is not right
	 */
	@Transactional
	public Actor createFromConfiguration(String username, String password, String email) {
		if (!needed()) {
			throw new AlreadySetUp();
		}
		String address = email == null || email.isBlank() ? username + "@localhost" : email;
		check(new NewAdministrator(null, username, username, address, password, password));
		Actor created = Actor.of(save(username, username, address, password));
		forgetSetupCode();
		return created;
	}

	private void check(NewAdministrator account) {
		String username = account.username() == null ? "" : account.username().strip();
		if (!USERNAME.matcher(username).matches()) {
			throw new RefusedInput("username", "setup.username.invalid");
		}
		if (employees.existsByUsernameIgnoreCase(username)) {
			throw new RefusedInput("username", "setup.username.taken");
		}
		if (account.displayName() == null || account.displayName().isBlank() || account.displayName().length() > 128) {
			throw new RefusedInput("displayName", "setup.displayName.invalid");
		}
		if (account.email() == null || account.email().length() > 254
				|| !EMAIL.matcher(account.email().strip()).matches()) {
			throw new RefusedInput("email", "setup.email.invalid");
		}
		PasswordRules.check(account.password(), username).ifPresent(rule -> {
			throw new RefusedInput("password", rule);
		});
	}

	private Employee save(String username, String displayName, String email, String password) {
		String department = organisation.follow(username.strip(), null, null, Role.ADMIN, DEPARTMENT);
		return employees.save(new Employee(username.strip(), displayName.strip(), email.strip(),
				passwordEncoder.encode(password), Role.ADMIN, department));
	}

	private static String hash(String code) {
		String normalised = code.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** There is an administrator already: nothing to set up. */
	public static class AlreadySetUp extends RuntimeException {

		AlreadySetUp() {
			super("An administrator exists already");
		}

	}

}
