package com.leeway.ruleset;

import java.time.Instant;
import java.util.List;

/**
 * What is deciding right now: the content hash recorded on rulings, when it became active, and its files.
 */
public record ActiveRuleSet(String version, Instant activatedAt, int ruleCount, List<String> files,
		List<String> rules, String publishedBy, String note) {
}
