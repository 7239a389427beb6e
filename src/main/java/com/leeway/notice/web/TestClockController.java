package com.leeway.notice.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.notice.MailOutbox;
import com.leeway.servicelevel.ServiceLevelJobs;
import com.leeway.system.AdjustableClock;

/**
 * For acceptance checks only: moves Leeway's clock forward and runs the follow-through at once: the service-level
 * jobs, then (once the listeners have written the notices that follow, for at most a few seconds) the mail
 * outbox. Exists only when {@code leeway.clock.adjustable=true} (off by default), and only for administrators.
 */
@RestController
@RequestMapping("/api/test")
@ConditionalOnProperty(name = "leeway.clock.adjustable", havingValue = "true")
@PreAuthorize("hasRole('ADMIN')")
class TestClockController {

	private static final Duration LISTENERS_AT_MOST = Duration.ofSeconds(5);

	private final AdjustableClock clock;

	private final ServiceLevelJobs jobs;

	private final MailOutbox outbox;

	private final JdbcClient database;

	TestClockController(AdjustableClock clock, ServiceLevelJobs jobs, MailOutbox outbox, JdbcClient database) {
		this.clock = clock;
		this.jobs = jobs;
		this.outbox = outbox;
		this.database = database;
	}

	@GetMapping("/clock")
	Map<String, Object> now() {
		return Map.of("now", clock.instant(), "offset", clock.offset().toString());
	}

	@PostMapping("/clock/advance")
	Map<String, Object> advance(@RequestParam(defaultValue = "0") long days, @RequestParam(defaultValue = "0") long hours) {
		clock.advance(Duration.ofDays(days).plusHours(hours));
		return run();
	}

	@PostMapping("/clock")
	Map<String, Object> set(@RequestParam Instant to) {
		clock.setTo(to);
		return run();
	}

	@PostMapping("/jobs")
	Map<String, Object> run() {
		jobs.runOnce();
		long until = System.nanoTime() + LISTENERS_AT_MOST.toNanos();
		while (unfinishedPublications() > 0 && System.nanoTime() < until) {
			LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
		}
		int mails = outbox.sendPending();
		return Map.of("now", clock.instant(), "mailsHandled", mails);
	}

	/** Events a listener has not finished yet (table of the event publication registry, see PublicationRetries). */
	private long unfinishedPublications() {
		return database.sql("select count(*) from event_publication where completion_date is null")
			.query(Long.class)
			.single();
	}

}
