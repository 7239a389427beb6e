package com.leeway.servicelevel;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import com.leeway.request.RequestStatus;

/**
 * Service-level targets, in working days (Monday to Friday, UTC).
 *
 * @param reviewDays IT staff review a request no rule decided within this many working days
 * @param decisionDays a manager decides an escalation within this many working days
 * @param statusUpdateDays a waiting requester hears where things stand every this many working days
 * @param reminderBefore the holder of a request is reminded this long before its deadline
 * @param nextLevel who hears about a decision that is overdue (a user name, e.g. the head of IT)
 * @param expiryWarningDays days before expiry when the requester is warned
 */
@ConfigurationProperties("leeway.service-levels")
public record ServiceLevels(Integer reviewDays, Integer decisionDays, Integer statusUpdateDays, Duration reminderBefore,
		String nextLevel, List<Integer> expiryWarningDays) {

	public ServiceLevels {
		reviewDays = reviewDays == null ? 1 : reviewDays;
		decisionDays = decisionDays == null ? 3 : decisionDays;
		statusUpdateDays = statusUpdateDays == null ? 2 : statusUpdateDays;
		reminderBefore = reminderBefore == null ? Duration.ofHours(8) : reminderBefore;
		nextLevel = nextLevel == null ? "admin" : nextLevel;
		expiryWarningDays = expiryWarningDays == null ? List.of(30, 7, 1) : List.copyOf(expiryWarningDays);
	}

	/**
	 * When a waiting request is due to be decided: a review by IT staff {@code reviewDays} working days after the
	 * request arrived, a manager's decision {@code decisionDays} working days after the request was escalated (by
	 * the rules at submission, or by IT staff later: the moment {@code RequestEscalated.at}). Every due date that
	 * notices and jobs use comes from here.
	 */
	// replaced by RequestAgenda at merge
	public Instant dueAt(RequestStatus waitingAs, Instant waitingSince) {
		return addWorkingDays(waitingSince, waitingAs == RequestStatus.ESCALATED ? decisionDays : reviewDays);
	}

	/** The moment a number of working days after another, skipping Saturdays and Sundays. */
	public static Instant addWorkingDays(Instant from, int days) {
		ZonedDateTime at = from.atZone(ZoneOffset.UTC);
		int added = 0;
		while (added < days) {
			at = at.plusDays(1);
			if (at.getDayOfWeek() != DayOfWeek.SATURDAY && at.getDayOfWeek() != DayOfWeek.SUNDAY) {
				added++;
			}
		}
		return at.toInstant();
	}

}
