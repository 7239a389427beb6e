package com.leeway.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.leeway.system.InvalidInput;

/**
 * A comment someone writes on a request: plain text (web addresses become links when shown), at most 4,000
 * characters; {@code internal} marks a note for IT staff only, never shown to the requester.
 */
public record WriteComment(
		@NotBlank(message = "{comment.body.required}") @Size(max = Comments.MAX_LENGTH, message = "{comment.body.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String body,
		Boolean internal) {

	public boolean isInternal() {
		return Boolean.TRUE.equals(internal);
	}

}
