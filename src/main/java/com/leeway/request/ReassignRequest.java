package com.leeway.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.leeway.system.InvalidInput;

/**
 * Moving a waiting request to another decider: who ({@code to}, a user name) and why (shown on the timeline).
 */
public record ReassignRequest(
		@NotBlank(message = "{reassignment.to.required}") @Size(max = 64, message = "{reassignment.to.required}") String to,
		@NotBlank(message = "{reassignment.reason.required}") @Size(max = 2000, message = "{reassignment.reason.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String reason) {
}
