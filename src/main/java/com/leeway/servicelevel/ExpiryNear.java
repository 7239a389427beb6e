package com.leeway.servicelevel;

import java.time.Instant;

/**
 * A granted exception ends within {@code days} days (one of the configured warning days), on {@code expiresAt}.
 */
public record ExpiryNear(Long requestId, int days, Instant expiresAt) {
}
