package com.leeway.request.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.SignedInUser;
import com.leeway.request.ReassignRequest;
import com.leeway.request.RenewRequest;
import com.leeway.request.RequestDecisions;
import com.leeway.request.RequestLifecycle;
import com.leeway.request.RequestView;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * The forms on the request page that change a request after it was decided or while it waits: renewal,
 * revocation and reassignment. Each answers with the request page and a message in plain words.
 */
@Controller
class RequestLifecycleController {

	static final int MAX_WHAT_CHANGED = 4000;

	private final RequestLifecycle lifecycle;

	private final RequestDecisions decisions;

	private final MessageSource messages;

	RequestLifecycleController(RequestLifecycle lifecycle, RequestDecisions decisions, MessageSource messages) {
		this.lifecycle = lifecycle;
		this.decisions = decisions;
		this.messages = messages;
	}

	@PostMapping("/requests/{id}/renewal")
	String renew(@PathVariable Long id, @RequestParam(required = false) String whatChanged,
			@RequestParam(required = false) Integer durationDays, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		if (whatChanged == null || whatChanged.isBlank() || durationDays == null || durationDays < 1
				|| durationDays > 1095) {
			redirect.addFlashAttribute("flashError", text("renewal.whatChanged.required"));
			return "redirect:/requests/" + id;
		}
		if (whatChanged.length() > MAX_WHAT_CHANGED || !InvalidInput.isPlainText(whatChanged)) {
			redirect.addFlashAttribute("flashError",
					text(whatChanged.length() > MAX_WHAT_CHANGED ? "renewal.whatChanged.size" : "text.controlCharacters"));
			return "redirect:/requests/" + id;
		}
		try {
			RequestView renewed = lifecycle.renew(id, user.actor(), new RenewRequest(whatChanged, durationDays));
			redirect.addFlashAttribute("flashSuccess", text("request.renewed", renewed.reference()));
			return "redirect:/requests/" + renewed.id();
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("flashError", text(ex.problems().get(0).messageKey()));
		}
		catch (UserFacingException.Conflict ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/requests/" + id;
	}

	@PostMapping("/requests/{id}/revocation")
	String revoke(@PathVariable Long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		try {
			RequestView revoked = lifecycle.revoke(id, user.actor(), reason);
			redirect.addFlashAttribute("flashSuccess", text("request.revoked", revoked.reference()));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("flashError", text(ex.problems().get(0).messageKey()));
		}
		catch (UserFacingException.Conflict ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.arguments()));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", text("request.changedMeanwhile"));
		}
		return "redirect:/requests/" + id;
	}

	@PostMapping("/requests/{id}/reassignment")
	String reassign(@PathVariable Long id, @RequestParam(required = false) String to,
			@RequestParam(required = false) String reason, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		if (to == null || to.isBlank()) {
			redirect.addFlashAttribute("flashError", text("reassignment.to.required"));
			return "redirect:/requests/" + id;
		}
		if (reason == null || reason.isBlank() || reason.length() > 2000 || !InvalidInput.isPlainText(reason)) {
			redirect.addFlashAttribute("flashError", text(reason == null || reason.isBlank()
					? "reassignment.reason.required"
					: reason.length() > 2000 ? "reassignment.reason.size" : "text.controlCharacters"));
			return "redirect:/requests/" + id;
		}
		try {
			RequestView reassigned = decisions.reassign(id, new ReassignRequest(to, reason), user.actor());
			redirect.addFlashAttribute("flashSuccess", text("reassignment.done", reassigned.reference(),
					reassigned.agenda().holderNames()));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("flashError",
					text(ex.problems().get(0).messageKey(), ex.problems().get(0).arguments()));
		}
		catch (UserFacingException.Conflict ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.arguments()));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", text("request.changedMeanwhile"));
		}
		return "redirect:/requests/" + id;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
