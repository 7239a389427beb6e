package com.leeway.emergency;

import java.time.Instant;
import java.util.List;

/**
 * An emergency was declared (or changed): everyone with a waiting request, a granted or a suspended exception in
 * its scope is to be told why and for how long.
 *
 * @param changed true when an emergency already declared was changed
 */
public record EmergencyDeclared(Long emergencyId, String reason, Instant endsAt, Effect effect, boolean changed,
		List<Affected> affected) {

	/** A request the emergency concerns, and whether its exception was suspended. */
	public record Affected(Long requestId, String reference, String requester, String product, boolean suspended) {
	}

}
