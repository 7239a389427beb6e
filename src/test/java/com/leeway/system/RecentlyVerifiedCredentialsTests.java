package com.leeway.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * API calls do not pay for a password hash check every time, yet a wrong password never gets through.
 */
class RecentlyVerifiedCredentialsTests {

	final AtomicInteger hashChecks = new AtomicInteger();

	final AdjustableClock clock = AdjustableClock.systemUtc();

	RecentlyVerifiedCredentials credentials;

	@BeforeEach
	void setUp() {
		PasswordEncoder real = PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
		InMemoryUserDetailsManager users = new InMemoryUserDetailsManager(
				User.withUsername("alice").password(real.encode("alice")).roles("REQUESTER").build());
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
		provider.setPasswordEncoder(counting);
		credentials = new RecentlyVerifiedCredentials(new ProviderManager(provider), clock);
	}

	static UsernamePasswordAuthenticationToken login(String user, String password) {
		return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
	}

	@Test
	void checksTheHashOnceForRepeatedCallsWithTheSamePassword() {
		assertThat(credentials.authenticate(login("alice", "alice")).isAuthenticated()).isTrue();
		assertThat(credentials.authenticate(login("alice", "alice")).getName()).isEqualTo("alice");

		assertThat(hashChecks).hasValue(1);
	}

	@Test
	void neverLetsAWrongPasswordThroughEvenAfterARightOne() {
		credentials.authenticate(login("alice", "alice"));

		assertThatThrownBy(() -> credentials.authenticate(login("alice", "alice2")))
			.isInstanceOf(BadCredentialsException.class);
		assertThatThrownBy(() -> credentials.authenticate(login("alice", "alice2")))
			.isInstanceOf(BadCredentialsException.class);
	}

	@Test
	void checksAgainOnceTheShortMemoryHasPassed() {
		credentials.authenticate(login("alice", "alice"));
		clock.advance(RecentlyVerifiedCredentials.TIME_TO_LIVE.plus(Duration.ofSeconds(1)));

		credentials.authenticate(login("alice", "alice"));

		assertThat(hashChecks).hasValue(2);
	}

}
