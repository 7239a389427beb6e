package com.leeway.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.leeway.system.InvalidInput;

/**
 * Asking to renew an exception: what changed since, and for how long now.
 */
public record RenewRequest(
		@NotBlank(message = "{renewal.whatChanged.required}") @Size(max = 4000, message = "{renewal.whatChanged.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String whatChanged,
		@NotNull(message = "{request.durationDays.required}") @Min(value = 1, message = "{request.durationDays.range}") @Max(value = 1095, message = "{request.durationDays.range}") Integer durationDays) {
}
