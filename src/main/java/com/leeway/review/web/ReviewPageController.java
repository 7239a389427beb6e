package com.leeway.review.web;

import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.context.MessageSource;

import com.leeway.account.Actor;
import com.leeway.account.SignedInUser;
import com.leeway.review.Candidates;
import com.leeway.review.FeedbackDesk;
import com.leeway.review.ReviewScope;
import com.leeway.review.ReviewTables;
import com.leeway.review.ServiceReview;
import com.leeway.review.ServiceReviews;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * The service review page for managers (their department), IT staff and administrators (any department or all):
 * every chart with its table and downloads; IT staff mark feedback read and answer it; candidates for changing
 * the standards.
 */
@Controller
class ReviewPageController {

	private final ServiceReviews reviews;

	private final ReviewTables tables;

	private final FeedbackDesk feedback;

	private final Candidates candidates;

	private final MessageSource messages;

	ReviewPageController(ServiceReviews reviews, ReviewTables tables, FeedbackDesk feedback, Candidates candidates,
			MessageSource messages) {
		this.reviews = reviews;
		this.tables = tables;
		this.feedback = feedback;
		this.candidates = candidates;
		this.messages = messages;
	}

	@GetMapping("/review")
	String review(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String department, @AuthenticationPrincipal SignedInUser user,
			Locale locale, Model model) {
		Actor actor = user.actor();
		ReviewScope scope = ReviewScope.of(actor, from, to, department, reviews.today());
		ServiceReview review = reviews.of(scope);
		model.addAttribute("scope", scope);
		model.addAttribute("review", review);
		model.addAttribute("tables", tables.of(review, locale));
		model.addAttribute("choosesDepartment", actor.seesEverything());
		model.addAttribute("departments", actor.seesEverything() ? reviews.departments() : java.util.List.of());
		model.addAttribute("handlesFeedback", actor.seesEverything());
		return "review/review";
	}

	@GetMapping("/review/export")
	ResponseEntity<byte[]> export(@RequestParam(required = false) String part,
			@RequestParam(required = false) String format, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) String department,
			@AuthenticationPrincipal SignedInUser user, Locale locale) {
		ReviewScope scope = ReviewScope.of(user.actor(), from, to, department, reviews.today());
		if (part == null || !ReviewTables.PARTS.contains(part)) {
			throw InvalidInput.of("part", "review.export.part", String.join(", ", ReviewTables.PARTS));
		}
		if (!"csv".equals(format) && !"xlsx".equals(format)) {
			throw InvalidInput.of("format", "review.export.format");
		}
		ReviewTables.Table table = tables.of(reviews.of(scope), locale).get(part);
		boolean csv = "csv".equals(format);
		String name = "leeway-review-" + part + "-" + scope.from() + "-" + scope.to() + "." + format;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(csv ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
					: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.body(csv ? ReviewExports.csv(table) : ReviewExports.xlsx(table));
	}

	@PostMapping("/review/feedback/{id}/read")
	String markRead(@PathVariable Long id, @RequestParam(required = false) String back,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect, Locale locale) {
		feedback.markRead(id, user.actor());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage("review.feedback.markedRead", null, locale));
		return "redirect:" + back(back);
	}

	@PostMapping("/review/feedback/{id}/answer")
	String answer(@PathVariable Long id, @RequestParam(required = false) String answer,
			@RequestParam(required = false) String back, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect, Locale locale) {
		try {
			feedback.answer(id, answer, user.actor());
			redirect.addFlashAttribute("flashSuccess", messages.getMessage("review.feedback.answerSent", null, locale));
		}
		catch (InvalidInput ex) {
			InvalidInput.FieldProblem problem = ex.problems().get(0);
			redirect.addFlashAttribute("flashError",
					messages.getMessage(problem.messageKey(), problem.arguments(), locale));
		}
		return "redirect:" + back(back);
	}

	/** Back to the review page as it was, never anywhere else. */
	private static String back(String back) {
		return back != null && back.startsWith("/review") && !back.startsWith("//") && !back.contains("\\")
				&& !back.contains("\n") && !back.contains("\r") ? back + "#feedback" : "/review#feedback";
	}

	@GetMapping("/review/candidates")
	String candidates(@AuthenticationPrincipal SignedInUser user, Model model) {
		if (!user.actor().seesEverything()) {
			throw new UserFacingException.Forbidden("review.candidates.notAllowed");
		}
		model.addAttribute("candidates", candidates.all());
		return "review/candidates";
	}

}
