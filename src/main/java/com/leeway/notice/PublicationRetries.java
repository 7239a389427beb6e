package com.leeway.notice;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * Tries again what a listener could not finish. Every event a listener in another module handles after the commit
 * ({@code @ApplicationModuleListener}) is first written to the event publication registry (table
 * {@code event_publication}) in the same transaction as the change that caused it; a listener that fails leaves
 * its publication marked failed, and this job hands it to the listener again every
 * {@code leeway.events.retry-interval} (default 30 s), once it is at least {@code leeway.events.retry-after}
 * (default 10 s) old. Publications still unfinished when Leeway stops are handed out again at start-up
 * ({@code spring.modulith.events.republish-outstanding-events-on-restart}); finished ones are deleted
 * ({@code spring.modulith.events.completion-mode=delete}): the notices are the record.
 */
@Component
@EnableAsync
class PublicationRetries {

	private final FailedEventPublications failed;

	private final Duration retryAfter;

	PublicationRetries(FailedEventPublications failed, @Value("${leeway.events.retry-after:10s}") Duration retryAfter) {
		this.failed = failed;
		this.retryAfter = retryAfter;
	}

	@Scheduled(fixedDelayString = "${leeway.events.retry-interval:30s}", initialDelayString = "${leeway.events.retry-interval:30s}")
	@SchedulerLock(name = "event-retries", lockAtMostFor = "5m")
	public void retryFailed() {
		failed.resubmit(ResubmissionOptions.defaults().withMinAge(retryAfter));
	}

}
