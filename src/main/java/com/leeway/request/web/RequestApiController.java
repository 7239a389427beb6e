package com.leeway.request.web;

import java.io.IOException;
import java.net.URI;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
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
import com.leeway.request.ReassignRequest;
import com.leeway.request.RenewRequest;
import com.leeway.request.RequestDecisions;
import com.leeway.request.RequestDesk;
import com.leeway.request.RequestFilter;
import com.leeway.request.RequestLifecycle;
import com.leeway.request.ListQuery;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestSort;
import com.leeway.request.RequestStatus;
import com.leeway.request.RequestView;
import com.leeway.request.SubmitRequest;
import com.leeway.ruling.Ruling;
import com.leeway.system.InvalidInput;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
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

	private final RequestLifecycle lifecycle;

	private final RequestDecisions decisions;

	private final RequestExport export;

	RequestApiController(RequestDesk desk, RequestQueries queries, RequestLifecycle lifecycle,
			RequestDecisions decisions, RequestExport export) {
		this.export = export;
		this.desk = desk;
		this.queries = queries;
		this.lifecycle = lifecycle;
		this.decisions = decisions;
	}

	@PostMapping("/exception-requests")
	@Operation(summary = "Submit a request; the rules rule on it at once and it is stored before the answer")
	ResponseEntity<RequestView> submit(@Valid @RequestBody SubmitRequest body, @AuthenticationPrincipal SignedInUser user) {
		// Answered from what was stored, without reading it back.
		RequestView stored = desk.submit(body, user.actor());
		return ResponseEntity.created(URI.create("/api/v1/exception-requests/" + stored.id())).body(stored);
	}

	@GetMapping("/exception-requests/{id}")
	@Operation(summary = "Read one request with its timeline and any decision")
	RequestView read(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		return queries.view(id, user.actor());
	}

	@GetMapping("/exception-requests")
	@Operation(summary = "List the requests the caller may see, newest first, or searched, filtered and sorted",
			description = "q: words in the reference, product, standard, requester's name or justification (any case); "
					+ "status; standardKey; department (any case); from, to: days of submission (yyyy-MM-dd, both "
					+ "included, UTC); validFrom, validTo: days a granted exception is valid until; sort: reference, "
					+ "product, standard, requester, department, submitted, status or validUntil, '-' before it for "
					+ "the reverse (ties broken by id).")
	PageView list(@RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) String standardKey, @RequestParam(required = false) String department,
			@Parameter(description = "Words to look for") @RequestParam(required = false) String q,
			@Parameter(description = "Sort column, '-' for descending, e.g. -submitted") @RequestParam(required = false) String sort,
			@Parameter(description = "First day of submission, yyyy-MM-dd") @RequestParam(required = false) String from,
			@Parameter(description = "Last day of submission, yyyy-MM-dd") @RequestParam(required = false) String to,
			@RequestParam(required = false) String validFrom, @RequestParam(required = false) String validTo,
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
		RequestFilter filter = apiQuery(status, standardKey, department, q, sort, from, to, validFrom, validTo)
			.filter(null, ZoneOffset.UTC);
		Page<RequestView> found = queries.list(user.actor(), filter, PageRequest.of(page, size));
		return new PageView(found.getContent(), found.getNumber(), found.getSize(), found.getTotalElements(),
				found.getTotalPages());
	}

	@GetMapping("/exception-requests/export")
	@Operation(summary = "The same list as CSV or an Excel workbook (format=csv|xlsx), with the same filters, at most "
			+ RequestExport.MOST_ROWS + " rows")
	void export(@RequestParam(required = false) String format, @RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) String standardKey, @RequestParam(required = false) String department,
			@RequestParam(required = false) String q, @RequestParam(required = false) String sort,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String validFrom, @RequestParam(required = false) String validTo,
			@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
		RequestExport.Format chosen = RequestExport.format(format);
		RequestFilter filter = apiQuery(status, standardKey, department, q, sort, from, to, validFrom, validTo)
			.filter(null, ZoneOffset.UTC);
		export.write(user.actor(), filter, RequestExport.Columns.ALL, chosen, response);
	}

	private static ListQuery apiQuery(RequestStatus status, String standardKey, String department, String q,
			String sort, String from, String to, String validFrom, String validTo) {
		Map<String, String> parameters = new HashMap<>();
		putIf(parameters, "status", status == null ? null : status.name());
		putIf(parameters, "standard", standardKey);
		putIf(parameters, "department", department);
		putIf(parameters, "q", q);
		putIf(parameters, "sort", sort);
		putIf(parameters, "from", from);
		putIf(parameters, "to", to);
		putIf(parameters, "validFrom", validFrom);
		putIf(parameters, "validTo", validTo);
		return ListQuery.of(parameters, RequestSort.NEWEST_FIRST);
	}

	private static void putIf(Map<String, String> parameters, String name, String value) {
		if (value != null) {
			parameters.put(name, value);
		}
	}

	@PostMapping("/exception-requests/{id}/withdrawal")
	@Operation(summary = "Withdraw a request that still waits for a decision, optionally saying why (body {\"reason\": \"...\"}); its holders are told")
	RequestView withdraw(@PathVariable Long id, @RequestBody(required = false) WithdrawalBody body,
			@AuthenticationPrincipal SignedInUser user) {
		return desk.withdraw(id, user.actor(), body == null ? null : body.reason());
	}

	/** Why the requester withdraws (optional). */
	record WithdrawalBody(String reason) {
	}

	@PostMapping("/exception-requests/{id}/renewal")
	@Operation(summary = "Ask to renew a granted or expired exception: a new, linked request ruled again")
	ResponseEntity<RequestView> renew(@PathVariable Long id, @Valid @RequestBody RenewRequest body,
			@AuthenticationPrincipal SignedInUser user) {
		RequestView renewed = lifecycle.renew(id, user.actor(), body);
		return ResponseEntity.created(URI.create("/api/v1/exception-requests/" + renewed.id())).body(renewed);
	}

	@PostMapping("/exception-requests/{id}/revocation")
	@Operation(summary = "Revoke a granted exception with a written reason (managers of the department, IT staff)")
	RequestView revoke(@PathVariable Long id, @Valid @RequestBody RevocationBody body,
			@AuthenticationPrincipal SignedInUser user) {
		return lifecycle.revoke(id, user.actor(), body.reason());
	}

	@PostMapping("/exception-requests/{id}/reassignment")
	@Operation(summary = "Move a waiting request to another decider, with a reason (IT staff, administrators)")
	RequestView reassign(@PathVariable Long id, @Valid @RequestBody ReassignRequest body,
			@AuthenticationPrincipal SignedInUser user) {
		return decisions.reassign(id, body, user.actor());
	}

	@PostMapping("/evaluations")
	@Operation(summary = "Dry run: what the rules would rule, without storing anything")
	EvaluationView evaluate(@Valid @RequestBody SubmitRequest body, @AuthenticationPrincipal SignedInUser user) {
		Ruling ruling = desk.dryRun(body, user.actor());
		return new EvaluationView(RequestDesk.viewOf(ruling, body.durationDays()), ruling.grantedDays(body.durationDays()));
	}

	record PageView(List<RequestView> content, int page, int size, long totalElements, int totalPages) {
	}

	record EvaluationView(RequestView.RulingView ruling, int grantedDays) {
	}

}
