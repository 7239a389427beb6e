package com.leeway.conversation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.leeway.request.Decision;
import com.leeway.system.InvalidInput;

/**
 * IT staff's decision on an appeal: uphold the rules' decision, or overturn it to approve, deny or send to a
 * manager, always with a written reason; and whether the rule itself should change.
 *
 * @param overturnTo required when overturning
 */
public record DecideAppeal(@NotNull(message = "{appeal.outcome.required}") Outcome outcome, Decision overturnTo,
		@NotBlank(message = "{appeal.decisionReason.required}") @Size(max = 4000, message = "{appeal.decisionReason.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String reason,
		Boolean ruleShouldChange) {

	public enum Outcome {
		UPHOLD, OVERTURN
	}

}
