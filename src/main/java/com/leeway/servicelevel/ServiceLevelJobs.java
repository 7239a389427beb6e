package com.leeway.servicelevel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.leeway.request.RequestDeadlines;
import com.leeway.request.RequestDecisions;
import com.leeway.request.RequestLifecycle;
import com.leeway.request.RequestStatus;
import com.leeway.request.RequestView;
import com.leeway.request.ServiceLevels;
import com.leeway.request.WorkingDays;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The scheduled follow-through: expiry warnings and expiry, reminders before a deadline, passing overdue
 * escalations to the next level (who then holds and decides them), and regular status updates to people who wait. The job decides what is due and
 * announces it ({@link DeadlineNear}, {@link DecisionOverdue}, {@link StatusUpdateDue}, {@link ExpiryNear}); the
 * notices that follow are written by plain listeners in the same transaction, each with a key, so a repeated or
 * concurrent run tells nobody twice. Each request runs in its own transaction, so one failure loses nothing else.
 */
@Service
public class ServiceLevelJobs {

	private static final Logger log = LoggerFactory.getLogger(ServiceLevelJobs.class);

	private final RequestDeadlines requests;

	private final RequestLifecycle lifecycle;

	private final RequestDecisions decisions;

	private final ApplicationEventPublisher events;

	private final ServiceLevels levels;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ServiceLevelJobs(RequestDeadlines requests, RequestLifecycle lifecycle, RequestDecisions decisions,
			ApplicationEventPublisher events, ServiceLevels levels, TransactionTemplate transactions, Clock clock) {
		this.requests = requests;
		this.lifecycle = lifecycle;
		this.decisions = decisions;
		this.events = events;
		this.levels = levels;
		this.transactions = transactions;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${leeway.follow-up.interval:60s}", initialDelayString = "${leeway.follow-up.interval:60s}")
	@SchedulerLock(name = "follow-up", lockAtMostFor = "10m")
	public void scheduled() {
		runOnce();
	}

	/** Does everything that is due now. */
	public void runOnce() {
		Instant now = clock.instant();
		int longestWarning = levels.expiryWarningDays().stream().mapToInt(Integer::intValue).max().orElse(0);
		for (RequestView granted : requests.grantedExpiringBy(now.plus(Duration.ofDays(longestWarning)))) {
			each(granted.id(), () -> expiryFollowUp(granted, now));
		}
		for (RequestView request : requests.waiting()) {
			each(request.id(), () -> waitingFollowUp(request, now));
		}
	}

	private void expiryFollowUp(RequestView request, Instant now) {
		if (!request.expiresAt().isAfter(now)) {
			lifecycle.expire(request.id());
			return;
		}
		long daysLeft = Duration.between(now, request.expiresAt()).toDays() + 1;
		levels.expiryWarningDays()
			.stream()
			.filter(days -> daysLeft <= days)
			.min(Integer::compare)
			.ifPresent(days -> events.publishEvent(new ExpiryNear(request.id(), days, request.expiresAt())));
	}

	private void waitingFollowUp(RequestView request, Instant now) {
		// When the wait began, who holds it and when it is due: the request module's agenda, computed once.
		RequestStatus stage = request.status();
		String nextLevel = decisions.nextLevelFor(request.department(), request.requester());
		Instant since = request.agenda().waitingSince();
		Instant due = request.agenda().dueAt();
		List<String> holders = request.agenda().holders().stream().map(RequestView.Holder::username).toList();
		if (!now.isBefore(due.minus(levels.reminderBefore())) && now.isBefore(due)) {
			for (String holder : holders) {
				events.publishEvent(new DeadlineNear(request.id(), stage, holder, due));
			}
		}
		if (!now.isBefore(due)) {
			events.publishEvent(new DecisionOverdue(request.id(), stage, holders, nextLevel, since, due));
			if (stage == RequestStatus.ESCALATED) {
				// The next level takes the decision over, with a full service level from now.
				decisions.passOn(request.id());
			}
		}
		long updatesDue = WorkingDays.between(since, now) / levels.statusUpdateDays();
		if (updatesDue > 0) {
			events.publishEvent(new StatusUpdateDue(request.id(), stage, updatesDue, due, now.isAfter(due),
					nextLevel));
		}
	}

	private void each(Long requestId, Runnable work) {
		try {
			transactions.executeWithoutResult(status -> work.run());
		}
		catch (org.springframework.dao.DataIntegrityViolationException ex) {
			// Another run (on this or another instance) sent the same notice a moment ago; its key kept it single.
			log.debug("Follow-up of request {} was done by another run", requestId);
		}
		catch (RuntimeException ex) {
			log.error("Follow-up of request {} failed; it is tried again on the next run", requestId, ex);
		}
	}

}
