package com.leeway.request;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.leeway.system.InvalidInput;

/**
 * The requester's answer to a decider's question, perhaps changing what they ask for (fewer people, a shorter
 * time, compensating controls); a field left out stays as it was. A changed request is ruled on again.
 */
public record AnswerQuestion(
		@NotBlank(message = "{question.answer.required}") @Size(max = 4000, message = "{question.answer.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String answer,
		@Min(value = 1, message = "{request.durationDays.range}") @Max(value = 1095, message = "{request.durationDays.range}") Integer durationDays,
		@Min(value = 1, message = "{request.usersAffected.range}") @Max(value = 1000000, message = "{request.usersAffected.range}") Integer usersAffected,
		@Size(max = 4000, message = "{request.compensatingControls.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String compensatingControls) {

	/** An answer that changes nothing in the request. */
	public static AnswerQuestion of(String answer) {
		return new AnswerQuestion(answer, null, null, null);
	}

}
