package com.leeway.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * Guessing passwords is slowed down to a trickle, while the real person is never kept out for long.
 */
class SignInThrottleTests {

	// A clock that moves only when the test moves it: a busy machine must not change the pauses it reads.
	final AdjustableClock clock = new AdjustableClock(java.time.Clock.fixed(java.time.Instant.parse("2026-11-23T09:00:00Z"), java.time.ZoneOffset.UTC));

	final SignInProperties limits = SignInProperties.defaults();

	final SignInThrottle throttle = new SignInThrottle(limits, clock);

	void fail(String account, String address, int times) {
		for (int i = 0; i < times; i++) {
			throttle.failed(account, address);
		}
	}

	@Test
	void pausesAnAccountFromAnAddressAfterFiveWrongPasswords() {
		fail("alice", "10.0.0.9", 4);
		assertThat(throttle.pausedFor("alice", "10.0.0.9")).isEmpty();

		throttle.failed("alice", "10.0.0.9");

		assertThat(throttle.pausedFor("alice", "10.0.0.9")).contains(Duration.ofSeconds(15));
	}

	@Test
	void thePauseEndsByItself() {
		fail("alice", "10.0.0.9", 5);

		clock.advance(Duration.ofSeconds(15));

		assertThat(throttle.pausedFor("alice", "10.0.0.9")).isEmpty();
	}

	@Test
	void thePauseDoublesWithEveryFurtherFailureUpToOneMinute() {
		fail("alice", "10.0.0.9", 5);
		Duration[] expected = { Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(60) };
		for (Duration pause : expected) {
			clock.advance(throttle.pausedFor("alice", "10.0.0.9").orElseThrow());
			throttle.failed("alice", "10.0.0.9");
			assertThat(throttle.pausedFor("alice", "10.0.0.9")).contains(pause);
		}
	}

	@Test
	void failuresOlderThanTheWindowNoLongerCount() {
		fail("alice", "10.0.0.9", 4);
		clock.advance(limits.window());

		throttle.failed("alice", "10.0.0.9");

		assertThat(throttle.pausedFor("alice", "10.0.0.9")).isEmpty();
	}

	@Test
	void aSuccessfulSignInClearsTheCountOfItsAccountAndAddress() {
		fail("alice", "10.0.0.9", 4);
		throttle.succeeded("alice", "10.0.0.9");

		fail("alice", "10.0.0.9", 4);

		assertThat(throttle.pausedFor("alice", "10.0.0.9")).isEmpty();
	}

	@Test
	void oneAttackingAddressDoesNotKeepTheRealPersonOutElsewhere() {
		for (int minute = 0; minute < 60; minute++) {
			if (throttle.pausedFor("alice", "203.0.113.7").isEmpty()) {
				throttle.failed("alice", "203.0.113.7");
			}
			clock.advance(Duration.ofMinutes(1));
		}

		assertThat(throttle.pausedFor("alice", "10.0.0.9")).isEmpty();
	}

	@Test
	void theAccountNameCountsWhateverItsCase() {
		fail("Alice", "10.0.0.9", 3);
		fail("ALICE ", "10.0.0.9", 2);

		assertThat(throttle.pausedFor("alice", "10.0.0.9")).isPresent();
	}

	@Test
	void tryingManyAccountsFromOneAddressPausesThatAddress() {
		for (int i = 0; i < limits.maxFailuresPerAddress(); i++) {
			throttle.failed("user" + i, "203.0.113.7");
		}

		assertThat(throttle.pausedFor("someone-else", "203.0.113.7")).isPresent();
		assertThat(throttle.pausedFor("someone-else", "10.0.0.9")).isEmpty();
	}

	@Test
	void failuresForOneAccountFromManyAddressesPauseTheAccountBriefly() {
		for (int i = 0; i < limits.maxFailuresPerAccount(); i++) {
			throttle.failed("alice", "198.51.100." + i);
		}

		assertThat(throttle.pausedFor("alice", "10.0.0.9")).contains(limits.firstPause());
		clock.advance(limits.firstPause());
		assertThat(throttle.pausedFor("alice", "10.0.0.9")).isEmpty();
	}

	@Test
	void remembersAtMostTheConfiguredNumberOfEntries() {
		SignInThrottle small = new SignInThrottle(
				new SignInProperties(null, null, null, null, null, null, 100), clock);
		for (int i = 0; i < 10_000; i++) {
			small.failed("user" + i, "198.51." + (i / 256) + "." + (i % 256));
		}

		assertThat(small.tracked()).isLessThanOrEqualTo(3 * 100);
	}

	@Test
	void forgetsEntriesOnceTheirWindowHasPassed() {
		fail("alice", "10.0.0.9", 3);
		clock.advance(limits.window().plusMinutes(1));

		throttle.failed("bob", "10.0.0.8");

		assertThat(throttle.tracked()).isEqualTo(3);
	}

}
