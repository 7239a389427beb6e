package com.leeway.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.leeway.system.InvalidInput;

/** Why the requester thinks the rules decided wrongly. */
public record FileAppeal(
		@NotBlank(message = "{appeal.reason.required}") @Size(max = 4000, message = "{appeal.reason.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String reason) {
}
