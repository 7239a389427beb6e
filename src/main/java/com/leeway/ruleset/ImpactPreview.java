package com.leeway.ruleset;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a candidate rule set would have ruled on past requests, compared with what was ruled then. Nothing about
 * the past requests changes.
 *
 * @param changes how many rulings would change, by "OLD → NEW" outcome
 * @param affected the requests whose outcome would change (the first {@link #MAX_LISTED})
 */
public record ImpactPreview(Instant from, Instant to, long replayed, long changed, Map<String, Long> changes,
		List<Change> affected, long millis) {

	public static final int MAX_LISTED = 500;

	/** One request whose ruling would change. */
	public record Change(long id, String reference, String product, String oldOutcome, String newOutcome,
			String oldRules, String newRules, String newReasons) {
	}

}
