package com.leeway.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock that follows real time plus an offset that can be moved forward, so tests and acceptance checks can
 * make days pass without waiting.
 */
public class AdjustableClock extends Clock {

	private final Clock base;

	private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

	public AdjustableClock(Clock base) {
		this.base = base;
	}

	public static AdjustableClock systemUtc() {
		return new AdjustableClock(Clock.systemUTC());
	}

	public void advance(Duration by) {
		offset.updateAndGet(current -> current.plus(by));
	}

	public void setTo(Instant instant) {
		offset.set(Duration.between(base.instant(), instant));
	}

	public void reset() {
		offset.set(Duration.ZERO);
	}

	public Duration offset() {
		return offset.get();
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return base.instant().plus(offset.get());
	}

}
