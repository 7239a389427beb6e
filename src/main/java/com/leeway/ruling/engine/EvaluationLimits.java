package com.leeway.ruling.engine;

import java.time.Duration;

/**
 * Guards against runaway rules: no evaluation may fire more rules, or run longer, than this.
 */
public record EvaluationLimits(int maxFirings, Duration maxTime) {

	public static final EvaluationLimits DEFAULT = new EvaluationLimits(1000, Duration.ofMillis(500));

}
