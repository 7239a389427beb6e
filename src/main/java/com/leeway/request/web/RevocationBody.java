package com.leeway.request.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.leeway.request.RequestLifecycle;
import com.leeway.system.InvalidInput;

/**
 * Why a granted exception is revoked, in the words the requester will read. The bound keeps it within what the
 * timeline and the notice can hold.
 */
record RevocationBody(
		@NotBlank(message = "{revocation.reason.required}") @Size(max = RequestLifecycle.MAX_REVOCATION_REASON, message = "{revocation.reason.size}") @Pattern(regexp = InvalidInput.PLAIN_TEXT, message = "{text.controlCharacters}") String reason) {
}
