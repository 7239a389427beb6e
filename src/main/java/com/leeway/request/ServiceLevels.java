package com.leeway.request;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service-level targets, in working days (see {@link WorkingDays}).
 *
 * @param reviewDays IT staff review a request no rule decided within this many working days
 * @param decisionDays a manager decides an escalation within this many working days
 * @param statusUpdateDays a waiting requester hears where things stand every this many working days
 * @param reminderBefore the holder of a request is reminded this long before its deadline
 * @param nextLevel who takes over a decision that is overdue (a user name, e.g. the head of IT)
 * @param expiryWarningDays days before expiry when the requester is warned
 * @param answerDays a requester asked a question answers within this many working days, or the request is closed
 *        as unanswered (answering still reopens it)
 * @param appealDays IT staff decide an appeal against a rule's decision within this many working days
 */
@ConfigurationProperties("leeway.service-levels")
public record ServiceLevels(Integer reviewDays, Integer decisionDays, Integer statusUpdateDays, Duration reminderBefore,
		String nextLevel, List<Integer> expiryWarningDays, Integer answerDays, Integer appealDays) {

	@org.springframework.boot.context.properties.bind.ConstructorBinding
	public ServiceLevels {
		reviewDays = reviewDays == null ? 1 : reviewDays;
		decisionDays = decisionDays == null ? 3 : decisionDays;
		statusUpdateDays = statusUpdateDays == null ? 2 : statusUpdateDays;
		reminderBefore = reminderBefore == null ? Duration.ofHours(8) : reminderBefore;
		nextLevel = nextLevel == null ? "admin" : nextLevel;
		expiryWarningDays = expiryWarningDays == null ? List.of(30, 7, 1) : List.copyOf(expiryWarningDays);
		answerDays = answerDays == null ? 5 : answerDays;
		appealDays = appealDays == null ? 3 : appealDays;
	}

	public ServiceLevels(Integer reviewDays, Integer decisionDays, Integer statusUpdateDays, Duration reminderBefore,
			String nextLevel, List<Integer> expiryWarningDays) {
		this(reviewDays, decisionDays, statusUpdateDays, reminderBefore, nextLevel, expiryWarningDays, null, null);
	}

	/** The defaults, as when nothing is configured. */
	public static ServiceLevels defaults() {
		return new ServiceLevels(null, null, null, null, null, null);
	}

	/** How many working days the holder has for what the request waits for. */
	public int workingDaysFor(WaitsFor waitsFor) {
		return switch (waitsFor) {
			case MANAGER_DECISION -> decisionDays;
			case IT_REVIEW -> reviewDays;
			case REQUESTER_ANSWER -> answerDays;
			case NOTHING -> 0;
		};
	}

}
