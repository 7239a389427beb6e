package com.leeway.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.leeway.account.Directory;
import com.leeway.request.RequestDates;
import com.leeway.request.RequestDeadlines;
import com.leeway.request.RequestLifecycle;
import com.leeway.request.RequestStatus;
import com.leeway.request.RequestView;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/**
 * The scheduled follow-through: expiry warnings and expiry, reminders before a deadline, passing overdue
 * decisions to the next level, and regular status updates to people who wait. Each notice has a key, so a
 * repeated or concurrent run sends nothing twice; each item runs in its own transaction, so one failure loses
 * nothing else.
 */
@Service
public class FollowUpJobs {

	private static final Logger log = LoggerFactory.getLogger(FollowUpJobs.class);

	private final RequestDeadlines requests;

	private final RequestLifecycle lifecycle;

	private final Notices notices;

	private final Directory directory;

	private final ServiceLevels levels;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FollowUpJobs(RequestDeadlines requests, RequestLifecycle lifecycle, Notices notices, Directory directory,
			ServiceLevels levels, TransactionTemplate transactions, Clock clock) {
		this.requests = requests;
		this.lifecycle = lifecycle;
		this.notices = notices;
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
			.ifPresent(days -> notices.send(request.requester(), request.id(), "EXPIRES_IN_" + days + ":" + request.id(),
					new Notices.Message("EXPIRY_WARNING", true,
							"Your exception " + request.reference() + " ends in " + days + (days == 1 ? " day" : " days"),
							"Your exception for " + request.product() + " ends on " + RequestDates.day(request.expiresAt())
									+ ". If you still need it, ask to renew it in Leeway before then; otherwise please stop using it by that date.")));
	}

	private void waitingFollowUp(RequestView request, Instant now) {
		// When the wait began, who holds it and when it is due: the request module's agenda, computed once.
		Instant since = request.agenda().waitingSince();
		Instant due = request.agenda().dueAt();
		String stage = request.status().name();
		java.util.List<RequestView.Holder> holders = request.agenda().holders();
		if (!now.isBefore(due.minus(levels.reminderBefore())) && now.isBefore(due)) {
			for (RequestView.Holder holder : holders) {
				notices.send(holder.username(), request.id(), "REMINDER:" + stage + ":" + request.id() + ":" + holder.username(),
						new Notices.Message("REMINDER", true, "Reminder: " + request.reference() + " is due " + RequestDates.day(due),
								"Request " + request.reference() + " (" + request.product() + ") waits for your decision; it is due on "
										+ RequestDates.day(due) + "."));
			}
		}
		if (!now.isBefore(due)) {
			for (RequestView.Holder holder : holders) {
				notices.send(holder.username(), request.id(), "OVERDUE:" + stage + ":" + request.id() + ":" + holder.username(),
						new Notices.Message("OVERDUE", true, "Overdue: " + request.reference(),
								"Request " + request.reference() + " (" + request.product() + ") was due for a decision on "
										+ RequestDates.day(due) + " and is still waiting. Please decide it now; "
										+ directory.nameOf(levels.nextLevel()) + " has been told."));
			}
			notices.send(levels.nextLevel(), request.id(), "OVERDUE_NEXT_LEVEL:" + stage + ":" + request.id(),
					new Notices.Message("OVERDUE_ESCALATION", true, "Overdue decision: " + request.reference(),
							"Request " + request.reference() + " from " + directory.nameOf(request.requester()) + " ("
									+ request.product() + ") has waited for "
									+ String.join(", ", holders.stream().map(RequestView.Holder::name).toList())
									+ " since " + RequestDates.day(since) + " and was due on " + RequestDates.day(due)
									+ ". Please make sure it is decided."));
		}
		long updatesDue = workingDaysBetween(since, now) / levels.statusUpdateDays();
		if (updatesDue > 0) {
			notices.send(request.requester(), request.id(), "STATUS:" + stage + ":" + request.id() + ":" + updatesDue,
					new Notices.Message("STATUS_UPDATE", false, "Where your request " + request.reference() + " stands",
							"Your request " + request.reference() + " (" + request.product() + ") still waits for "
									+ (request.status() == RequestStatus.ESCALATED ? "the manager of " + request.department()
											: "IT staff")
									+ ". It is due to be decided by " + RequestDates.day(due)
									+ (now.isAfter(due) ? "; it is late, and this has been passed on to "
											+ directory.nameOf(levels.nextLevel()) + "." : ".")));
		}
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
