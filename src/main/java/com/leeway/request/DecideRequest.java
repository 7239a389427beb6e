package com.leeway.request;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.leeway.system.InvalidInput;

/**
 * A person's decision on a waiting request, with the reason they must write down. An approval may add conditions
 * and grant a shorter time than asked for; never longer than the rules allow.
 *
 * @param conditions conditions the decider adds to an approval (at most 10, each at most 500 characters)
 * @param grantedDays a shorter time to grant than asked for, in days; null grants what was asked for (capped by
 *        the rules' limit)
 */
public record DecideRequest(@NotNull(message = "{decision.decision.required}") Decision decision,
		@NotBlank(message = "{decision.justification.required}") @Size(max = 4000, message = "{decision.justification.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String justification,
		@Size(max = 10, message = "{decision.conditions.size}") List<@NotBlank(message = "{decision.conditions.blank}") @Size(max = 500, message = "{decision.conditions.length}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String> conditions,
		@Min(value = 1, message = "{decision.grantedDays.range}") @Max(value = 1095, message = "{decision.grantedDays.range}") Integer grantedDays) {

	public DecideRequest {
		conditions = conditions == null ? List.of() : conditions;
	}

	public DecideRequest(Decision decision, String justification) {
		this(decision, justification, List.of(), null);
	}

}
