package com.leeway.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.leeway.system.InvalidInput;

/**
 * A person's decision on a waiting request, with the reason they must write down.
 */
public record DecideRequest(@NotNull(message = "{decision.decision.required}") Decision decision,
		@NotBlank(message = "{decision.justification.required}") @Size(max = 4000, message = "{decision.justification.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String justification) {
}
