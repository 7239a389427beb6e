package com.leeway.survey.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.leeway.account.SignedInUser;
import com.leeway.survey.Feedback;
import com.leeway.survey.Satisfaction;
import com.leeway.survey.Surveys;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The satisfaction question and feedback over the API.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Satisfaction and feedback")
class SurveyApiController {

	private final Surveys surveys;

	SurveyApiController(Surveys surveys) {
		this.surveys = surveys;
	}

	record AnswerBody(Integer rating, String comment) {
	}

	@PostMapping("/exception-requests/{id}/satisfaction")
	@Operation(summary = "The requester answers how it went (1 to 5, optional comment) for a closed request")
	AnswerBody answer(@PathVariable Long id, @RequestBody AnswerBody body, @AuthenticationPrincipal SignedInUser user) {
		Satisfaction answer = surveys.answer(id, user.actor(), body.rating(), body.comment());
		return new AnswerBody(answer.getRating(), answer.getComment());
	}

	@GetMapping("/exception-requests/{id}/satisfaction")
	@Operation(summary = "The requester's own answer for a request, if any")
	ResponseEntity<AnswerBody> answerOf(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		return surveys.answerOf(id, user.actor())
			.map(answer -> ResponseEntity.ok(new AnswerBody(answer.getRating(), answer.getComment())))
			.orElseGet(() -> ResponseEntity.noContent().build());
	}

	record FeedbackBody(Long id, String author, String text, Instant createdAt) {
	}

	@PostMapping("/feedback")
	@Operation(summary = "Give feedback (anyone signed in)")
	ResponseEntity<FeedbackBody> give(@RequestBody Map<String, String> body, @AuthenticationPrincipal SignedInUser user) {
		Feedback given = surveys.give(user.actor(), body.get("text"));
		return ResponseEntity.status(201)
			.body(new FeedbackBody(given.getId(), given.getAuthor(), given.getText(), given.getCreatedAt()));
	}

	@GetMapping("/feedback")
	@PreAuthorize("hasAnyRole('IT_STAFF','ADMIN')")
	@Operation(summary = "All feedback, newest first (IT staff and administrators)")
	List<FeedbackBody> feedback() {
		return surveys.allFeedback()
			.stream()
			.map(given -> new FeedbackBody(given.getId(), given.getAuthor(), given.getText(), given.getCreatedAt()))
			.toList();
	}

}
