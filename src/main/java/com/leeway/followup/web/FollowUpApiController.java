package com.leeway.followup.web;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.SignedInUser;
import com.leeway.request.ExceptionRequest;
import com.leeway.request.RenewRequest;
import com.leeway.request.RequestLifecycle;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Renewal and revocation over the API. These handlers belong with the request's own life and move to the request
 * module; nothing else is left here.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Follow-through")
class FollowUpApiController {

	private final RequestLifecycle lifecycle;

	private final RequestQueries queries;

	FollowUpApiController(RequestLifecycle lifecycle, RequestQueries queries) {
		this.lifecycle = lifecycle;
		this.queries = queries;
	}

	@PostMapping("/exception-requests/{id}/renewal")
	@Operation(summary = "Ask to renew a granted or expired exception: a new, linked request ruled again")
	ResponseEntity<RequestView> renew(@PathVariable Long id, @Valid @RequestBody RenewRequest body,
			@AuthenticationPrincipal SignedInUser user) {
		ExceptionRequest renewed = lifecycle.renew(id, user.actor(), body);
		return ResponseEntity.created(URI.create("/api/v1/exception-requests/" + renewed.getId()))
			.body(queries.view(renewed.getId(), user.actor()));
	}

	@PostMapping("/exception-requests/{id}/revocation")
	@Operation(summary = "Revoke a granted exception with a written reason (managers of the department, IT staff)")
	RequestView revoke(@PathVariable Long id, @Valid @RequestBody RevocationBody body,
			@AuthenticationPrincipal SignedInUser user) {
		lifecycle.revoke(id, user.actor(), body.reason());
		return queries.view(id, user.actor());
	}

}
