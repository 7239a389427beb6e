package com.leeway.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.leeway.system.InvalidInput;

/**
 * A decider's question to the requester, asked instead of deciding.
 */
public record AskQuestion(
		@NotBlank(message = "{question.question.required}") @Size(max = 4000, message = "{question.question.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String question) {
}
