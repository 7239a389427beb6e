package com.leeway.followup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.account.Role;
import com.leeway.request.ExceptionRequest;
import com.leeway.request.ExceptionRequests;
import com.leeway.request.RequestDates;
import com.leeway.request.RequestLifecycle;
import com.leeway.request.RequestStatus;

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

	private final ExceptionRequests requests;

	private final RequestLifecycle lifecycle;

	private final Notices notices;

	private final Directory directory;

	private final ServiceLevels levels;

	private final TransactionTemplate transactions;

	private final Clock clock;

	FollowUpJobs(ExceptionRequests requests, RequestLifecycle lifecycle, Notices notices, Directory directory,
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
			.ifPresent(days -> notices.send(request.getRequester(), request.getId(), "EXPIRES_IN_" + days + ":" + request.getId(),
					new Notices.Message("EXPIRY_WARNING", true,
							"Your exception " + request.reference() + " ends in " + days + (days == 1 ? " day" : " days"),
							"Your exception for " + request.getProduct() + " ends on " + RequestDates.day(request.getExpiresAt())
									+ ". If you still need it, ask to renew it in Leeway before then; otherwise please stop using it by that date.")));
	}

	private void waitingFollowUp(ExceptionRequest request, Instant now) {
		Instant since = request.getDecidedAt() != null && request.getStatus() == RequestStatus.ESCALATED
				? request.getDecidedAt() : request.getSubmittedAt();
		int days = request.getStatus() == RequestStatus.ESCALATED ? levels.decisionDays() : levels.reviewDays();
		Instant due = ServiceLevels.addWorkingDays(since, days);
		String stage = request.getStatus().name();
		java.util.List<Actor> holders = holdersOf(request);
		if (!now.isBefore(due.minus(levels.reminderBefore())) && now.isBefore(due)) {
			for (Actor holder : holders) {
				notices.send(holder.username(), request.getId(), "REMINDER:" + stage + ":" + request.getId() + ":" + holder.username(),
						new Notices.Message("REMINDER", true, "Reminder: " + request.reference() + " is due " + RequestDates.day(due),
								"Request " + request.reference() + " (" + request.getProduct() + ") waits for your decision; it is due on "
										+ RequestDates.day(due) + "."));
			}
		}
		if (!now.isBefore(due)) {
			for (Actor holder : holders) {
				notices.send(holder.username(), request.getId(), "OVERDUE:" + stage + ":" + request.getId() + ":" + holder.username(),
						new Notices.Message("OVERDUE", true, "Overdue: " + request.reference(),
								"Request " + request.reference() + " (" + request.getProduct() + ") was due for a decision on "
										+ RequestDates.day(due) + " and is still waiting. Please decide it now; "
										+ directory.nameOf(levels.nextLevel()) + " has been told."));
			}
			notices.send(levels.nextLevel(), request.getId(), "OVERDUE_NEXT_LEVEL:" + stage + ":" + request.getId(),
					new Notices.Message("OVERDUE_ESCALATION", true, "Overdue decision: " + request.reference(),
							"Request " + request.reference() + " from " + directory.nameOf(request.getRequester()) + " ("
									+ request.getProduct() + ") has waited for "
									+ String.join(", ", holders.stream().map(Actor::displayName).toList())
									+ " since " + RequestDates.day(since) + " and was due on " + RequestDates.day(due)
									+ ". Please make sure it is decided."));
		}
		long updatesDue = workingDaysBetween(since, now) / levels.statusUpdateDays();
		if (updatesDue > 0) {
			notices.send(request.getRequester(), request.getId(), "STATUS:" + stage + ":" + request.getId() + ":" + updatesDue,
					new Notices.Message("STATUS_UPDATE", false, "Where your request " + request.reference() + " stands",
							"Your request " + request.reference() + " (" + request.getProduct() + ") still waits for "
									+ (request.getStatus() == RequestStatus.ESCALATED ? "the manager of " + request.getDepartment()
											: "IT staff")
									+ ". It is due to be decided by " + RequestDates.day(due)
									+ (now.isAfter(due) ? "; it is late, and this has been passed on to "
											+ directory.nameOf(levels.nextLevel()) + "." : ".")));
		}
	}

	/** Who a waiting request waits for. */
	java.util.List<Actor> holdersOf(ExceptionRequest request) {
		return request.getStatus() == RequestStatus.ESCALATED
				? directory.managersOf(request.getDepartment())
					.stream()
					.filter(manager -> !manager.username().equals(request.getRequester()))
					.toList()
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
