package com.leeway.review;

/**
 * The monthly service review is ready for one recipient: a department's manager (their department) or a member
 * of IT staff (every department). Announced once per month and recipient; {@code notice} e-mails it.
 *
 * @param month the month reviewed, "2026-10"
 * @param department the department reviewed, or null for every department
 * @param path the review page for this month and department, from the application's root
 */
public record MonthlyReviewReady(String recipient, String month, String department, String path, Summary summary) {

	/**
	 * The figures the e-mail names.
	 *
	 * @param shareOnTime responses on time, 0 to 100 (null when nothing was answered)
	 * @param averageSatisfaction 1 to 5 (null when nobody answered)
	 * @param topStandard the standard with most requests, or null
	 */
	public record Summary(int requests, int decidedByRules, int decidedByPeople, int waiting, Integer shareOnTime,
			int overdueNow, Double averageSatisfaction, int satisfactionAnswers, int activeExceptions,
			int expiringSoon, int standingNeeds, String topStandard, int topStandardRequests) {
	}

}
