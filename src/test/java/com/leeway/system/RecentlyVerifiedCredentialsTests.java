package com.leeway.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * API calls do not pay for a password hash check every time, yet a wrong password never gets through, wrong
 * passwords are counted and paused even while the right one is remembered, and a changed or disabled account is
 * never served from memory.
 */
class RecentlyVerifiedCredentialsTests {

	final AtomicInteger hashChecks = new AtomicInteger();

	final AdjustableClock clock = AdjustableClock.systemUtc();

	final PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();

	InMemoryUserDetailsManager users;

	ThrottledSignIn signIn;

	@BeforeEach
	void setUp() {
		PasswordEncoder counting = new PasswordEncoder() {
			@Override
			public String encode(CharSequence raw) {
				return real.encode(raw);
			}

			@Override
			public boolean matches(CharSequence raw, String encoded) {
				hashChecks.incrementAndGet();
				return real.matches(raw, encoded);
			}
		};
		users = new InMemoryUserDetailsManager(alice("alice", true));
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(new RecentlyVerifiedCredentials(counting, clock));
		signIn = new ThrottledSignIn(new ProviderManager(provider),
				new SignInThrottle(SignInProperties.defaults(), clock));
	}

	UserDetails alice(String password, boolean enabled) {
		return User.withUsername("alice").password(real.encode(password)).roles("REQUESTER").disabled(!enabled).build();
	}

	static UsernamePasswordAuthenticationToken login(String user, String password) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(user, password);
		token.setDetails(new WebAuthenticationDetails("10.0.0.9", null));
		return token;
	}

	@Test
	void checksTheHashOnceForRepeatedCallsWithTheSamePassword() {
		Authentication first = signIn.authenticate(login("alice", "alice"));
		Authentication second = signIn.authenticate(login("alice", "alice"));

		assertThat(first.isAuthenticated()).isTrue();
		assertThat(second.getName()).isEqualTo("alice");
		assertThat(hashChecks).hasValue(1);
	}

	@Test
	void neverLetsAWrongPasswordThroughEvenAfterARightOne() {
		signIn.authenticate(login("alice", "alice"));

		assertThatThrownBy(() -> signIn.authenticate(login("alice", "alice2")))
			.isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> signIn.authenticate(login("alice", "alice2")))
			.isInstanceOf(BadCredentialsException.class);
	}

	@Test
	void countsAndPausesWrongPasswordsEvenWhileTheRightOneIsRemembered() {
		signIn.authenticate(login("alice", "alice"));
		for (int i = 0; i < 5; i++) {
			assertThatThrownBy(() -> signIn.authenticate(login("alice", "guess")))
				.isInstanceOf(BadCredentialsException.class);
		}
		int checksBefore = hashChecks.get();

		assertThatThrownBy(() -> signIn.authenticate(login("alice", "guess"))).isInstanceOf(SignInPaused.class);
		assertThatThrownBy(() -> signIn.authenticate(login("alice", "alice"))).isInstanceOf(SignInPaused.class);
		assertThat(hashChecks).as("no password is checked during a pause").hasValue(checksBefore);
	}

	@Test
	void aChangedPasswordIsNotServedFromMemory() {
		signIn.authenticate(login("alice", "alice"));

		users.updateUser(alice("a new password", true));

		assertThatThrownBy(() -> signIn.authenticate(login("alice", "alice")))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(signIn.authenticate(login("alice", "a new password")).isAuthenticated()).isTrue();
	}

	@Test
	void aDisabledAccountIsNotServedFromMemory() {
		signIn.authenticate(login("alice", "alice"));

		users.updateUser(alice("alice", false));

		assertThatThrownBy(() -> signIn.authenticate(login("alice", "alice"))).isInstanceOf(DisabledException.class);
	}

	@Test
	void checksAgainOnceTheShortMemoryHasPassed() {
		signIn.authenticate(login("alice", "alice"));
		clock.advance(RecentlyVerifiedCredentials.TIME_TO_LIVE.plus(Duration.ofSeconds(1)));

		signIn.authenticate(login("alice", "alice"));

		assertThat(hashChecks).hasValue(2);
	}

}
