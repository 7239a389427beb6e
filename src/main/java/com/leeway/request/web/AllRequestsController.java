package com.leeway.request.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.leeway.account.SignedInUser;
import com.leeway.request.RequestFilter;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestStatus;
import com.leeway.ruling.RuleEvaluator;

/**
 * IT staff's view of every request, filtered by status, standard and department.
 */
@Controller
class AllRequestsController {

	static final String VIEW_ALL = "request/all";

	private final RequestQueries queries;

	private final RuleEvaluator rulings;

	AllRequestsController(RequestQueries queries, RuleEvaluator rulings) {
		this.queries = queries;
		this.rulings = rulings;
	}

	@GetMapping("/it/requests")
	String allRequests(@RequestParam(required = false) RequestStatus status,
			@RequestParam(required = false) String standard, @RequestParam(required = false) String department,
			@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("requests", queries.list(user.actor(), new RequestFilter(status, standard, department, null),
				PageRequest.of(Math.min(Math.max(page, 0), Integer.MAX_VALUE / 50 - 1), 50, Sort.by(Sort.Direction.DESC, "submittedAt", "id"))));
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("standards", rulings.standards().all());
		model.addAttribute("status", status);
		model.addAttribute("standard", standard);
		model.addAttribute("department", department);
		return VIEW_ALL;
	}

}
