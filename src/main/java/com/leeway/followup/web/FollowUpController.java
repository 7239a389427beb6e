package com.leeway.followup.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.SignedInUser;
import com.leeway.request.ExceptionRequest;
import com.leeway.request.RenewRequest;
import com.leeway.request.RequestLifecycle;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * Renewal and revocation in the browser. These handlers belong with the request's own life and move to the request
 * module; nothing else is left here.
 */
@Controller
class FollowUpController {

	private final RequestLifecycle lifecycle;

	private final MessageSource messages;

	FollowUpController(RequestLifecycle lifecycle, MessageSource messages) {
		this.lifecycle = lifecycle;
		this.messages = messages;
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

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
