package com.leeway.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The figures of a service review for a period (whole days, UTC) and a department (null: every department), as
 * the page, the exports, the API and the monthly e-mail read them. Requests count in the period they were
 * submitted in; satisfaction and feedback in the period they were given; renewals, active exceptions, those
 * expiring and the overdue count stand as they are now.
 *
 * @param months the months of the period, "2026-09", in order; every monthly count follows this order
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceReview(LocalDate from, LocalDate to, String department, List<String> months,
		List<MonthlyCount> requestsPerStandard, List<MonthlyCount> requestsPerProductOutsideStandards,
		Outcomes outcomes, List<RuleCount> outcomesPerRule, List<ResponseTime> responseTimes, int overdueNow,
		SatisfactionFigures satisfaction, List<FeedbackItem> feedback, List<Renewal> renewals,
		List<ActiveCount> activeExceptions, List<Expiring> expiringSoon) {

	/** How many requests a standard (or a product outside it) had in each month, and in all. */
	public record MonthlyCount(String standardKey, String standardName, String product, List<Integer> perMonth,
			int total) {
	}

	/**
	 * What became of the requests: decided by the rules, decided by people, still waiting, withdrawn.
	 */
	public record Outcomes(int total, int approvedByRules, int deniedByRules, int approvedByPeople,
			int deniedByPeople, int waiting, int withdrawn) {

		public int decidedByRules() {
			return approvedByRules + deniedByRules;
		}

		public int decidedByPeople() {
			return approvedByPeople + deniedByPeople;
		}

	}

	/** How often a rule gave each verdict (note: a reason without a verdict). */
	public record RuleCount(String rule, int approve, int deny, int escalate, int note) {

		public int total() {
			return approve + deny + escalate + note;
		}

	}

	/**
	 * Response times of one kind: acknowledgement (submission to acknowledgement, within one working day), review
	 * (IT staff, within the review service level) and decision (a manager, within the decision service level).
	 *
	 * @param kind ACKNOWLEDGEMENT, REVIEW or DECISION
	 * @param averageHours the average time to respond, in hours (null when nothing was answered)
	 */
	public record ResponseTime(String kind, int targetWorkingDays, int answered, int onTime, Double averageHours) {

		/** The share answered on time, 0 to 1 (null when nothing was answered). */
		public Double shareOnTime() {
			return answered == 0 ? null : (double) onTime / answered;
		}

	}

	/** Ratings 1 to 5, how many of each, the average per month and the comments given. */
	public record SatisfactionFigures(int answers, Double average, List<Integer> distribution,
			List<MonthAverage> trend, List<Comment> comments) {
	}

	public record MonthAverage(String month, int answers, Double average) {
	}

	public record Comment(String reference, int rating, String comment, Instant answeredAt) {
	}

	/** Feedback and what IT staff did with it. */
	public record FeedbackItem(Long id, String author, String authorName, String department, String text,
			Instant createdAt, Instant readAt, String answer, String answeredByName, Instant answeredAt) {
	}

	/** An exception renewed again and again: a standing need. */
	public record Renewal(Long id, String reference, String department, String standardKey, String standardName,
			String product, int renewalCount, String status, Instant expiresAt) {
	}

	public record ActiveCount(String standardKey, String standardName, String department, int count) {
	}

	public record Expiring(Long id, String reference, String department, String standardName, String product,
			Instant expiresAt) {
	}

}
