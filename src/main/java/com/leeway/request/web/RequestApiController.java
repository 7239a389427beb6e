package com.leeway.request.web;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.SignedInUser;
import com.leeway.request.ExceptionRequest;
import com.leeway.request.RequestDesk;
import com.leeway.request.RequestFilter;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestStatus;
import com.leeway.request.RequestView;
import com.leeway.request.SubmitRequest;
import com.leeway.ruling.Ruling;
import com.leeway.system.InvalidInput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The JSON API for exception requests (API v1).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Exception requests")
class RequestApiController {

	static final int MAX_PAGE_SIZE = 200;

	private final RequestDesk desk;

	private final RequestQueries queries;

	RequestApiController(RequestDesk desk, RequestQueries queries) {
		this.desk = desk;
		this.queries = queries;
	}

	@PostMapping("/exception-requests")
	@Operation(summary = "Submit a request; the rules rule on it at once and it is stored before the answer")
	ResponseEntity<RequestView> submit(@Valid @RequestBody SubmitRequest body, @AuthenticationPrincipal SignedInUser user) {
		ExceptionRequest request = desk.submit(body, user.actor());
		RequestView view = queries.view(request.getId(), user.actor());
		return ResponseEntity.created(URI.create("/api/v1/exception-requests/" + request.getId())).body(view.withoutTimeline());
	}

	@GetMapping("/exception-requests/{id}")
	@Operation(summary = "Read one request with its timeline and any decision")
	RequestView read(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		return queries.view(id, user.actor());
	}

	@GetMapping("/exception-requests")
	@Operation(summary = "List the requests the caller may see, newest first")
	PageView list(@RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) String standardKey, @RequestParam(required = false) String department,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size,
			@AuthenticationPrincipal SignedInUser user) {
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw InvalidInput.of("size", "api.size.range", MAX_PAGE_SIZE);
		}
		// The row offset (page × size) must stay a whole number the database accepts.
		int lastPage = Integer.MAX_VALUE / size - 1;
		if (page < 0 || page > lastPage) {
			throw InvalidInput.of("page", "api.page.range", lastPage);
		}
		PageRequest pageable = PageRequest.of(page, size,
				Sort.by(Sort.Direction.DESC, "submittedAt").and(Sort.by(Sort.Direction.DESC, "id")));
		Page<RequestView> found = queries.list(user.actor(), new RequestFilter(status, standardKey, department, null),
				pageable);
		return new PageView(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}

	@PostMapping("/exception-requests/{id}/withdrawal")
	@Operation(summary = "Withdraw a request that still waits for a decision")
	RequestView withdraw(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		desk.withdraw(id, user.actor());
		return queries.view(id, user.actor());
	}

	@PostMapping("/evaluations")
	@Operation(summary = "Dry run: what the rules would rule, without storing anything")
	EvaluationView evaluate(@Valid @RequestBody SubmitRequest body, @AuthenticationPrincipal SignedInUser user) {
		Ruling ruling = desk.dryRun(body, user.actor());
		return new EvaluationView(RulingBody.of(ruling), ruling.grantedDays(body.durationDays()));
	}

	record PageView(List<RequestView> content, int page, int size, long totalElements, int totalPages) {
	}

	record EvaluationView(RulingBody ruling, int grantedDays) {
	}

	record RulingBody(String outcome, String justification, List<String> conditions, List<String> rules,
			String rulesetVersion, List<com.leeway.ruling.Finding> findings) {

		static RulingBody of(Ruling ruling) {
			return new RulingBody(ruling.outcome().name(), ruling.justification(), ruling.conditions(), ruling.rules(),
					ruling.rulesetVersion(), ruling.findings());
		}

	}

}
