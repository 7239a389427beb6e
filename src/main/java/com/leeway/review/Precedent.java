package com.leeway.review;

import java.time.Instant;

/**
 * An earlier decision a person made on a similar request: what was asked, what they decided and why, when, and
 * for which department.
 *
 * @param sameProduct the same product under the same standard (otherwise another product of the standard)
 * @param outcome APPROVE or DENY
 */
public record Precedent(Long id, String reference, String standardKey, String standardName, String product,
		boolean sameProduct, String outcome, String justification, Instant decidedAt, String department) {
}
