package com.leeway.followup.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.followup.FollowUpJobs;
import com.leeway.followup.MailOutbox;
import com.leeway.system.AdjustableClock;

/**
 * For acceptance checks only: moves Leeway's clock forward and runs the follow-through at once. Exists only
 * when {@code leeway.clock.adjustable=true} (off by default), and only for administrators.
 */
@RestController
@RequestMapping("/api/test")
@ConditionalOnProperty(name = "leeway.clock.adjustable", havingValue = "true")
@PreAuthorize("hasRole('ADMIN')")
class TestClockController {

	private final AdjustableClock clock;

	private final FollowUpJobs jobs;

	private final MailOutbox outbox;

	TestClockController(AdjustableClock clock, FollowUpJobs jobs, MailOutbox outbox) {
		this.clock = clock;
		this.jobs = jobs;
		this.outbox = outbox;
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
		int mails = outbox.sendPending();
		return Map.of("now", clock.instant(), "mailsHandled", mails);
	}

}
