package com.leeway.request;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.leeway.system.InvalidInput;

/**
 * What a requester asks for. The same record serves the web form, the API and dry runs.
 */
public record SubmitRequest(
		@NotBlank(message = "{request.standardKey.required}") @Size(max = 64, message = "{request.standardKey.size}") @KnownStandard String standardKey,
		@NotBlank(message = "{request.product.required}") @Size(max = 200, message = "{request.product.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String product,
		@Size(max = 100, message = "{request.productVersion.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String productVersion,
		@NotBlank(message = "{request.justification.required}") @Size(max = 4000, message = "{request.justification.size}") @Pattern(regexp = "(?s)\\s*|.{10,}", message = "{request.justification.tooShort}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String justification,
		@NotNull(message = "{request.durationDays.required}") @Min(value = 1, message = "{request.durationDays.range}") @Max(value = 1095, message = "{request.durationDays.range}") Integer durationDays,
		@NotNull(message = "{request.usersAffected.required}") @Min(value = 1, message = "{request.usersAffected.range}") @Max(value = 1000000, message = "{request.usersAffected.range}") Integer usersAffected,
		@NotBlank(message = "{request.dataClassification.required}") @Pattern(regexp = "PUBLIC|INTERNAL|CONFIDENTIAL|REGULATED", message = "{request.dataClassification.invalid}") String dataClassification,
		@Size(max = 4000, message = "{request.compensatingControls.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String compensatingControls,
		@DecimalMin(value = "0", message = "{request.estimatedCost.range}") @DecimalMax(value = "100000000", message = "{request.estimatedCost.range}") @Digits(integer = 12, fraction = 2, message = "{request.estimatedCost.digits}") BigDecimal estimatedCost) {

	/** An empty form for the browser, with the most common choices preset. */
	public static SubmitRequest blank(String standardKey) {
		return new SubmitRequest(standardKey, "", "", "", 90, 1, "INTERNAL", "", null);
	}

}
