package com.leeway.followup.web;

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

import com.leeway.account.Directory;
import com.leeway.account.Role;
import com.leeway.account.SignedInUser;
import com.leeway.followup.Notices;
import com.leeway.followup.Surveys;
import com.leeway.request.ExceptionRequest;
import com.leeway.request.RenewRequest;
import com.leeway.request.RequestLifecycle;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * Notifications, the satisfaction answer, renewal, revocation and feedback in the browser.
 */
@Controller
class FollowUpController {

	static final String VIEW_NOTIFICATIONS = "followup/notifications";

	static final String VIEW_FEEDBACK = "followup/feedback";

	private final Notices notices;

	private final Surveys surveys;

	private final RequestLifecycle lifecycle;

	private final Directory directory;

	private final MessageSource messages;

	FollowUpController(Notices notices, Surveys surveys, RequestLifecycle lifecycle, Directory directory,
			MessageSource messages) {
		this.notices = notices;
		this.surveys = surveys;
		this.lifecycle = lifecycle;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/notifications")
	String notifications(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("notices", notices.of(user.actor()));
		model.addAttribute("emailEverything", directory.wantsEveryNoticeByEmail(user.getUsername()));
		notices.of(user.actor()).stream().filter(notice -> notice.getReadAt() == null)
			.forEach(notice -> notices.markRead(notice.getId(), user.actor()));
		return VIEW_NOTIFICATIONS;
	}

	@PostMapping("/notifications/preferences")
	String preferences(@RequestParam(defaultValue = "false") boolean emailEverything,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		directory.setEmailForEveryNotice(user.getUsername(), emailEverything);
		redirect.addFlashAttribute("flashSuccess", text("followup.preferences.saved"));
		return "redirect:/notifications";
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

	@PostMapping("/requests/{id}/renewal")
	String renew(@PathVariable Long id, @RequestParam String whatChanged, @RequestParam Integer durationDays,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		if (whatChanged == null || whatChanged.isBlank() || durationDays == null || durationDays < 1 || durationDays > 1095) {
			redirect.addFlashAttribute("flashError", text("renewal.whatChanged.required"));
			return "redirect:/requests/" + id;
		}
		if (whatChanged.length() > 4000 || !InvalidInput.isPlainText(whatChanged)) {
			redirect.addFlashAttribute("flashError",
					text(whatChanged.length() > 4000 ? "renewal.whatChanged.size" : "text.controlCharacters"));
			return "redirect:/requests/" + id;
		}
		try {
			ExceptionRequest renewed = lifecycle.renew(id, user.actor(), new RenewRequest(whatChanged, durationDays));
			redirect.addFlashAttribute("flashSuccess", text("followup.renewed", renewed.reference()));
			return "redirect:/requests/" + renewed.getId();
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("flashError", text(ex.problems().get(0).messageKey()));
			return "redirect:/requests/" + id;
		}
		catch (UserFacingException.Conflict ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.arguments()));
			return "redirect:/requests/" + id;
		}
	}

	@PostMapping("/requests/{id}/revocation")
	String revoke(@PathVariable Long id, @RequestParam String reason, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		if (reason != null && (reason.length() > RevocationBody.MAX_REASON || !InvalidInput.isPlainText(reason))) {
			redirect.addFlashAttribute("flashError",
					text(reason.length() > RevocationBody.MAX_REASON ? "revocation.reason.size" : "text.controlCharacters"));
			return "redirect:/requests/" + id;
		}
		try {
			ExceptionRequest revoked = lifecycle.revoke(id, user.actor(), reason);
			redirect.addFlashAttribute("flashSuccess", text("followup.revoked", revoked.reference()));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("flashError", text(ex.problems().get(0).messageKey()));
		}
		catch (UserFacingException.Conflict ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/requests/" + id;
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
