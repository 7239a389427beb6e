package com.leeway.emergency;

import java.time.Instant;
import java.util.List;

/** An emergency ended (on its date or earlier): the exceptions it suspended are granted again. */
public record EmergencyEnded(Long emergencyId, String reason, Instant endedAt, List<Restored> restored) {

	/** An exception granted again, until its own end date. */
	public record Restored(Long requestId, String reference, String requester, String product, Instant expiresAt) {
	}

}
