package com.leeway.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.leeway.system.InvalidInput;

/** What the caller would like to talk about with the standard's owner. */
public record AskForCall(
		@NotBlank(message = "{call.message.required}") @Size(max = Comments.MAX_LENGTH, message = "{comment.body.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String message) {
}
