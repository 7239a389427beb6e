package com.leeway.review;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the service review.
 *
 * @param candidate when people's decisions make a product a candidate for the standard
 * @param mailCron when the monthly review e-mail job looks whether today is the first working day of the month
 */
@ConfigurationProperties("leeway.review")
public record ReviewProperties(Candidate candidate, String mailCron) {

	public ReviewProperties {
		candidate = candidate == null ? new Candidate(null, null) : candidate;
		mailCron = mailCron == null ? "0 0 7 * * *" : mailCron;
	}

	/**
	 * @param minApprovals people approved the same standard and product at least this many times
	 * @param minShare and in at least this share of the escalations they decided (0 to 1)
	 */
	public record Candidate(Integer minApprovals, Double minShare) {

		public Candidate {
			minApprovals = minApprovals == null ? 3 : minApprovals;
			minShare = minShare == null ? 0.8 : minShare;
		}

	}

}
