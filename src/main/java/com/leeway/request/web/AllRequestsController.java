package com.leeway.request.web;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import com.leeway.account.Organisation;
import com.leeway.account.SignedInUser;
import com.leeway.request.ListQuery;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestSort;
import com.leeway.request.RequestStatus;
import com.leeway.request.SavedFilters;
import com.leeway.ruling.RuleEvaluator;
import com.leeway.system.ReaderZone;

/**
 * IT staff's view of every request: searched, filtered by choices (status, standard, department, days of
 * submission, "valid until"), sorted by any column, saved as a person's own filter and exported as it is shown.
 */
@Controller
class AllRequestsController {

	static final String VIEW_ALL = "request/all";

	static final int PAGE_SIZE = 50;

	private final RequestQueries queries;

	private final RuleEvaluator rulings;

	private final Organisation organisation;

	private final SavedFilters savedFilters;

	private final RequestExport export;

	AllRequestsController(RequestQueries queries, RuleEvaluator rulings, Organisation organisation,
			SavedFilters savedFilters, RequestExport export) {
		this.queries = queries;
		this.rulings = rulings;
		this.organisation = organisation;
		this.savedFilters = savedFilters;
		this.export = export;
	}

	@GetMapping("/it/requests")
	String allRequests(@RequestParam Map<String, String> parameters, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		ListQuery query = ListQuery.of(parameters, RequestSort.NEWEST_FIRST);
		model.addAttribute("requests",
				queries.page(user.actor(), query.filter(null, ReaderZone.current()), page, PAGE_SIZE));
		model.addAttribute("query", query);
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("standards", rulings.standards().all());
		model.addAttribute("departments", organisation.departments().stream().map(d -> d.getName()).toList());
		model.addAttribute("savedFilters", savedFilters.of(user.actor(), "all"));
		model.addAttribute("listName", "all");
		model.addAttribute("listPath", "/it/requests");
		return VIEW_ALL;
	}

	@GetMapping("/it/requests/export")
	void exportAll(@RequestParam Map<String, String> parameters, @RequestParam(required = false) String format,
			@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
		ListQuery query = ListQuery.of(parameters, RequestSort.NEWEST_FIRST);
		export.write(user.actor(), query.filter(null, ReaderZone.current()), RequestExport.Columns.ALL,
				RequestExport.format(format), response);
	}

}
