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

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.account.Role;
import com.leeway.request.ExceptionRequest;
import com.leeway.request.ExceptionRequests;
import com.leeway.request.RequestLifecycle;
import com.leeway.request.RequestStatus;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The scheduled follow-through: expiry warnings and expiry, reminders before a deadline, passing overdue
 * decisions to the next level, and regular status updates to people who wait. The job decides what is due and
 * announces it ({@link DeadlineNear}, {@link DecisionOverdue}, {@link StatusUpdateDue}, {@link ExpiryNear}); the
 * notices that follow are written by plain listeners in the same transaction, each with a key, so a repeated or
 * concurrent run tells nobody twice. Each request runs in its own transaction, so one failure loses nothing else.
 */
@Service
public class ServiceLevelJobs {

	private static final Logger log = LoggerFactory.getLogger(ServiceLevelJobs.class);

	private final ExceptionRequests requests;

	private final RequestLifecycle lifecycle;

	private final ApplicationEventPublisher events;

	private final Directory directory;

	private final ServiceLevels levels;

	private final TransactionTemplate transactions;

	private final Clock clock;

	ServiceLevelJobs(ExceptionRequests requests, RequestLifecycle lifecycle, ApplicationEventPublisher events,
			Directory directory, ServiceLevels levels, TransactionTemplate transactions, Clock clock) {
		this.requests = requests;
		this.lifecycle = lifecycle;
		this.events = events;
		this.directory = directory;
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
		for (ExceptionRequest granted : requests.findGrantedExpiringBy(RequestStatus.APPROVED,
				now.plus(Duration.ofDays(longestWarning)))) {
			each(granted.getId(), () -> expiryFollowUp(granted, now));
		}
		for (RequestStatus waiting : new RequestStatus[] { RequestStatus.ESCALATED, RequestStatus.IN_REVIEW }) {
			for (ExceptionRequest request : requests.findByStatusOrderBySubmittedAtAsc(waiting)) {
				each(request.getId(), () -> waitingFollowUp(request, now));
			}
		}
	}

	private void expiryFollowUp(ExceptionRequest request, Instant now) {
		if (!request.getExpiresAt().isAfter(now)) {
			lifecycle.expire(request.getId());
			return;
		}
		long daysLeft = Duration.between(now, request.getExpiresAt()).toDays() + 1;
		levels.expiryWarningDays()
			.stream()
			.filter(days -> daysLeft <= days)
			.min(Integer::compare)
			.ifPresent(days -> events.publishEvent(new ExpiryNear(request.getId(), days, request.getExpiresAt())));
	}

	private void waitingFollowUp(ExceptionRequest request, Instant now) {
		RequestStatus stage = request.getStatus();
		// replaced by RequestAgenda at merge: when the request started waiting for its current holder
		Instant since = request.getDecidedAt() != null && stage == RequestStatus.ESCALATED ? request.getDecidedAt()
				: request.getSubmittedAt();
		Instant due = levels.dueAt(stage, since);
		List<String> holders = holdersOf(request).stream().map(Actor::username).toList();
		if (!now.isBefore(due.minus(levels.reminderBefore())) && now.isBefore(due)) {
			for (String holder : holders) {
				events.publishEvent(new DeadlineNear(request.getId(), stage, holder, due));
			}
		}
		if (!now.isBefore(due)) {
			events.publishEvent(new DecisionOverdue(request.getId(), stage, holders, levels.nextLevel(), since, due));
		}
		long updatesDue = workingDaysBetween(since, now) / levels.statusUpdateDays();
		if (updatesDue > 0) {
			events.publishEvent(new StatusUpdateDue(request.getId(), stage, updatesDue, due, now.isAfter(due),
					levels.nextLevel()));
		}
	}

	/** Who a waiting request waits for. */
	private List<Actor> holdersOf(ExceptionRequest request) {
		return request.getStatus() == RequestStatus.ESCALATED
				? directory.decidersFor(request.getDepartment(), request.getRequester())
				: directory.withRole(Role.IT_STAFF);
	}

	static long workingDaysBetween(Instant from, Instant to) {
		long count = 0;
		Instant next = ServiceLevels.addWorkingDays(from, 1);
		while (!next.isAfter(to) && count < 10_000) {
			count++;
			next = ServiceLevels.addWorkingDays(next, 1);
		}
		return count;
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
