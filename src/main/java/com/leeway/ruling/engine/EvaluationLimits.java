package com.leeway.ruling.engine;

import java.time.Duration;

/**
 * Guards against runaway rules: no evaluation may fire more rules, have its rules insert, update or delete more
 * facts, or run longer, than this. Time is checked before and after every firing and whenever a rule changes a
 * fact, so one long firing is cut short at its next change; a firing that changes nothing cannot be interrupted
 * from outside without a watchdog thread, which would cost every evaluation.
 *
 * @param maxFirings the most rule firings, and the most fact changes by rules, in one evaluation
 */
public record EvaluationLimits(int maxFirings, Duration maxTime) {

	public static final EvaluationLimits DEFAULT = new EvaluationLimits(1000, Duration.ofMillis(500));

}
