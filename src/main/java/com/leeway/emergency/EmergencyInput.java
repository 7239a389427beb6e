package com.leeway.emergency;

import java.time.LocalDate;
import java.util.List;

/**
 * An emergency as a manager or an administrator types it, before it is checked.
 *
 * @param effect {@code DENY} or {@code HOLD}
 * @param endsOn the last day of the emergency (it ends at midnight after it, UTC)
 */
public record EmergencyInput(String reason, List<String> standards, List<String> products, String effect,
		Boolean suspendExceptions, LocalDate endsOn) {
}
