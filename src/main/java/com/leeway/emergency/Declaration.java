package com.leeway.emergency;

import java.time.Instant;
import java.util.List;

/**
 * An emergency as declared or changed, checked: a plain reason, the standards (keys) and products (names) it
 * covers (at least one of either), what happens to new requests, whether granted exceptions are suspended, and
 * the moment it ends.
 */
public record Declaration(String reason, List<String> standards, List<String> products, Effect effect,
		boolean suspendExceptions, Instant endsAt) {
}
