package com.leeway.emergency;

import java.time.Instant;
import java.util.List;

/** An emergency as pages, the banner and the API show it. */
public record EmergencyView(Long id, String reason, List<String> standards, List<String> products, Effect effect,
		boolean suspendExceptions, Instant endsAt, String declaredBy, Instant declaredAt, Instant endedAt,
		String endedBy, boolean lasting) {

	static EmergencyView of(Emergency emergency, Instant now) {
		return new EmergencyView(emergency.getId(), emergency.getReason(), emergency.standards(),
				emergency.products(), emergency.getEffect(), emergency.isSuspendsExceptions(), emergency.getEndsAt(),
				emergency.getDeclaredBy(), emergency.getDeclaredAt(), emergency.getEndedAt(), emergency.getEndedBy(),
				emergency.lastsAt(now));
	}

}
