package com.leeway.ruleset;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the rule files live and how evaluation is guarded.
 *
 * @param dir the rules folder ({@code LEEWAY_RULES_DIR}), default {@code ./rules}
 * @param maxFirings the most rule firings one evaluation may take before it is stopped
 * @param maxEvaluationTime the longest one evaluation may run before it is stopped
 * @param signOff whether a change needs a second person's sign-off before it is published (default true)
 */
@ConfigurationProperties("leeway.rules")
public record RulesProperties(Path dir, Integer maxFirings, Duration maxEvaluationTime, Boolean signOff) {

	public RulesProperties {
		dir = dir == null ? Path.of("rules") : dir;
		maxFirings = maxFirings == null ? 1000 : maxFirings;
		maxEvaluationTime = maxEvaluationTime == null ? Duration.ofMillis(500) : maxEvaluationTime;
		signOff = signOff == null || signOff;
	}

}
