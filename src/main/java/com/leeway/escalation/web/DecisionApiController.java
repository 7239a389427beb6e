package com.leeway.escalation.web;

import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.SignedInUser;
import com.leeway.escalation.DecideRequest;
import com.leeway.escalation.Decisions;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestView;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/exception-requests")
@Tag(name = "Exception requests")
class DecisionApiController {

	private final Decisions decisions;

	private final RequestQueries queries;

	DecisionApiController(Decisions decisions, RequestQueries queries) {
		this.decisions = decisions;
		this.queries = queries;
	}

	@PostMapping("/{id}/decision")
	@Operation(summary = "Decide a waiting request: a manager of the department for escalations, IT staff for reviews")
	RequestView decide(@PathVariable Long id, @Valid @RequestBody DecideRequest body,
			@AuthenticationPrincipal SignedInUser user) {
		decisions.decide(id, body, user.actor());
		return queries.view(id, user.actor());
	}

}
