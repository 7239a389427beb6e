package com.leeway.system;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows down guessing of passwords. Unsuccessful sign-ins are counted in a sliding window three ways: per account
 * and client address, per client address, and per account. When one count reaches its limit, sign-ins it covers
 * are paused: refused at once, before any password is checked, so a paused guess costs the server nothing. The
 * pause starts short and doubles with every further failure, up to a small cap, so the real person is never kept
 * out for long. A successful sign-in clears its own account-and-address count.
 * <p>
 * Counts are kept in memory, per instance (several instances each count on their own), and bounded: entries
 * without a failure in the window are forgotten, and at most {@code max-tracked} entries per kind are kept.
 * <p>
 * The client address is the one the server sees ({@code request.getRemoteAddr()}); behind a reverse proxy that is
 * the proxy's, unless Spring's forwarded-header handling ({@code server.forward-headers-strategy}) is configured.
 */
final class SignInThrottle {

	private static final int LONGEST_NAME = 256;

	private final SignInProperties limits;

	private final Clock clock;

	private final Map<String, Failures> pairs = new ConcurrentHashMap<>();

	private final Map<String, Failures> addresses = new ConcurrentHashMap<>();

	private final Map<String, Failures> accounts = new ConcurrentHashMap<>();

	private volatile long nextSweep;

	SignInThrottle(SignInProperties limits, Clock clock) {
		this.limits = limits;
		this.clock = clock;
	}

	/** How long sign-ins for this account from this address are paused; empty when they may go ahead. */
	Optional<Duration> pausedFor(String account, String address) {
		long now = clock.millis();
		long until = Math.max(pausedUntil(pairs, pairKey(account, address)),
				Math.max(pausedUntil(addresses, addressKey(address)), pausedUntil(accounts, accountKey(account))));
		return until > now ? Optional.of(Duration.ofMillis(until - now)) : Optional.empty();
	}

	/** Counts an unsuccessful sign-in (wrong password or unknown account). */
	void failed(String account, String address) {
		long now = clock.millis();
		sweepIfDue(now);
		fail(pairs, pairKey(account, address), limits.maxFailuresPerAccountAndAddress(), now);
		fail(addresses, addressKey(address), limits.maxFailuresPerAddress(), now);
		fail(accounts, accountKey(account), limits.maxFailuresPerAccount(), now);
	}

	/** A successful sign-in forgets the failures of this account from this address. */
	void succeeded(String account, String address) {
		pairs.remove(pairKey(account, address));
	}

	/** How many entries are remembered (accounts and addresses, pairs), for tests of the memory bound. */
	int tracked() {
		return pairs.size() + addresses.size() + accounts.size();
	}

	private static long pausedUntil(Map<String, Failures> failures, String key) {
		Failures entry = failures.get(key);
		return entry == null ? 0 : entry.pausedUntil();
	}

	private void fail(Map<String, Failures> failures, String key, int limit, long now) {
		failures.computeIfAbsent(key, any -> new Failures(limit))
			.fail(now, limits.window().toMillis(), limits.firstPause().toMillis(), limits.longestPause().toMillis());
		if (failures.size() > limits.maxTracked()) {
			forgetOldest(failures, now);
		}
	}

	private void sweepIfDue(long now) {
		if (now < nextSweep) {
			return;
		}
		nextSweep = now + Math.min(limits.window().toMillis(), Duration.ofMinutes(1).toMillis());
		long window = limits.window().toMillis();
		for (Map<String, Failures> failures : java.util.List.of(pairs, addresses, accounts)) {
			failures.values().removeIf(entry -> entry.forgettable(now, window));
		}
	}

	/** Over the bound: forget what expired, then the entries with the oldest last failure, down to 90 %. */
	private void forgetOldest(Map<String, Failures> failures, long now) {
		long window = limits.window().toMillis();
		failures.values().removeIf(entry -> entry.forgettable(now, window));
		int excess = failures.size() - limits.maxTracked() * 9 / 10;
		if (excess <= 0) {
			return;
		}
		failures.entrySet()
			.stream()
			.sorted(Comparator.comparingLong(entry -> entry.getValue().lastFailure()))
			.limit(excess)
			.map(Map.Entry::getKey)
			.toList()
			.forEach(failures::remove);
	}

	private static String accountKey(String account) {
		String name = account == null ? "" : account.strip().toLowerCase(Locale.ROOT);
		return name.length() > LONGEST_NAME ? name.substring(0, LONGEST_NAME) : name;
	}

	private static String addressKey(String address) {
		return address == null ? "" : address;
	}

	private static String pairKey(String account, String address) {
		return accountKey(account) + '\n' + addressKey(address);
	}

	/** The most recent failures of one key (a ring of at most its limit), and its pause. */
	private static final class Failures {

		private final long[] times;

		private int next;

		private int recorded;

		private long lastFailure;

		private long pausedUntil;

		private int pauses;

		Failures(int limit) {
			this.times = new long[limit];
		}

		synchronized long pausedUntil() {
			return pausedUntil;
		}

		synchronized long lastFailure() {
			return lastFailure;
		}

		synchronized void fail(long now, long window, long firstPause, long longestPause) {
			times[next] = now;
			next = (next + 1) % times.length;
			recorded = Math.min(recorded + 1, times.length);
			lastFailure = now;
			long oldest = times[recorded == times.length ? next : 0];
			if (recorded == times.length && oldest > now - window) {
				long pause = firstPause << Math.min(pauses, 20);
				pausedUntil = now + Math.min(pause <= 0 ? longestPause : pause, longestPause);
				pauses++;
			}
		}

		synchronized boolean forgettable(long now, long window) {
			return now - lastFailure >= window && now >= pausedUntil;
		}

	}

}
