package com.leeway.survey.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.Role;
import com.leeway.account.SignedInUser;
import com.leeway.survey.Surveys;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * The satisfaction answer and feedback in the browser.
 */
@Controller
class SurveyController {

	static final String VIEW_FEEDBACK = "survey/feedback";

	private final Surveys surveys;

	private final MessageSource messages;

	SurveyController(Surveys surveys, MessageSource messages) {
		this.surveys = surveys;
		this.messages = messages;
	}

	@PostMapping("/requests/{id}/satisfaction")
	String answer(@PathVariable Long id, @RequestParam(required = false) Integer rating,
			@RequestParam(required = false) String comment, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		try {
			surveys.answer(id, user.actor(), rating, comment);
			redirect.addFlashAttribute("flashSuccess", text("followup.rated"));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("flashError", text(ex.problems().get(0).messageKey()));
		}
		catch (UserFacingException.Conflict ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/requests/" + id + "#satisfaction";
	}

	@GetMapping("/feedback")
	String feedback(@AuthenticationPrincipal SignedInUser user, Model model) {
		if (user.actor().is(Role.IT_STAFF) || user.actor().is(Role.ADMIN)) {
			model.addAttribute("feedback", surveys.allFeedback());
		}
		return VIEW_FEEDBACK;
	}

	@PostMapping("/feedback")
	String giveFeedback(@RequestParam(required = false) String text, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		try {
			surveys.give(user.actor(), text);
			redirect.addFlashAttribute("flashSuccess", text("followup.feedback.thanks"));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("flashError", text(ex.problems().get(0).messageKey()));
		}
		return "redirect:/feedback";
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
