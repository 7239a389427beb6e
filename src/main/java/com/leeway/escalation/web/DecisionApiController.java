package com.leeway.escalation.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.SignedInUser;
import com.leeway.request.DecideRequest;
import com.leeway.request.RequestDecisions;
import com.leeway.request.RequestView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/exception-requests")
@Tag(name = "Exception requests")
class DecisionApiController {

	private final RequestDecisions decisions;

	DecisionApiController(RequestDecisions decisions) {
		this.decisions = decisions;
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Decide a waiting request: a manager of the department for escalations, IT staff for reviews")
	RequestView decide(@PathVariable Long id, @Valid @RequestBody DecideRequest body,
			@AuthenticationPrincipal SignedInUser user) {
		return decisions.decide(id, body, user.actor());
	}

}
