package com.leeway.review.web;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.SignedInUser;
import com.leeway.review.Candidate;
import com.leeway.review.Candidates;
import com.leeway.review.Precedent;
import com.leeway.review.Precedents;
import com.leeway.review.ReviewScope;
import com.leeway.review.ServiceReview;
import com.leeway.review.ServiceReviews;
import com.leeway.system.UserFacingException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The service review, precedents and candidates for changing the standards over the API.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Service review")
class ReviewApiController {

	private final ServiceReviews reviews;

	private final Precedents precedents;

	private final Candidates candidates;

	ReviewApiController(ServiceReviews reviews, Precedents precedents, Candidates candidates) {
		this.reviews = reviews;
		this.precedents = precedents;
		this.candidates = candidates;
	}

	@GetMapping("/review")
	@Operation(summary = "The service review's figures for a period and department: managers their own department "
			+ "(another one answers 403), IT staff and administrators any or all")
	ServiceReview review(
			@Parameter(description = "First day, yyyy-MM-dd (default: the first day of the month eleven months ago)") @RequestParam(required = false) String from,
			@Parameter(description = "Last day, yyyy-MM-dd (default: today)") @RequestParam(required = false) String to,
			@Parameter(description = "A department's name; empty for every department") @RequestParam(required = false) String department,
			@AuthenticationPrincipal SignedInUser user) {
		return reviews.of(ReviewScope.of(user.actor(), from, to, department, reviews.today()));
	}

	@GetMapping("/exception-requests/{id}/precedents")
	@Operation(summary = "Earlier decisions by people on similar requests, for those who may decide this one, IT "
			+ "staff and administrators: same standard and product first, then the same standard, newest first, at most 10")
	List<Precedent> precedents(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		return precedents.of(id, user.actor());
	}

	@GetMapping("/review/candidates")
	@Operation(summary = "Candidates for changing the standards, with a drafted rule and rule test each (IT staff "
			+ "and administrators)")
	List<Candidate> candidates(@AuthenticationPrincipal SignedInUser user) {
		if (!user.actor().seesEverything()) {
			throw new UserFacingException.Forbidden("review.candidates.notAllowed");
		}
		return candidates.all();
	}

}
