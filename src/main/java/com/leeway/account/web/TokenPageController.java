package com.leeway.account.web;

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

import com.leeway.account.RefusedInput;
import com.leeway.account.PersonalTokens;
import com.leeway.account.SignedInUser;

/**
 * The page where a person makes, sees and revokes their own personal access tokens. A new secret is shown once,
 * on the page that follows making it.
 */
@Controller
class TokenPageController {

	static final String VIEW = "account/tokens";

	private final PersonalTokens tokens;

	private final MessageSource messages;

	TokenPageController(PersonalTokens tokens, MessageSource messages) {
		this.tokens = tokens;
		this.messages = messages;
	}

	@GetMapping("/account/tokens")
	String page(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("tokens", tokens.of(user.getUsername()));
		model.addAttribute("defaultDays", PersonalTokens.DEFAULT_DAYS);
		model.addAttribute("maxDays", PersonalTokens.MAX_DAYS);
		return VIEW;
	}

	@PostMapping("/account/tokens")
	String create(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) String name,
			@RequestParam(required = false) String expiresInDays, RedirectAttributes redirect) {
		try {
			Integer days = expiresInDays == null || expiresInDays.isBlank() ? null : parse(expiresInDays);
			PersonalTokens.Issued issued = tokens.create(user.getUsername(), name, days);
			redirect.addFlashAttribute("newToken", issued.secret());
			redirect.addFlashAttribute("newTokenName", issued.token().getName());
		}
		catch (RefusedInput refused) {
			redirect.addFlashAttribute("flashError", messages.getMessage(refused.messageKey(),
					new Object[] { PersonalTokens.MAX_NAME_LENGTH, PersonalTokens.MAX_DAYS },
					LocaleContextHolder.getLocale()));
		}
		return "redirect:/account/tokens";
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		boolean revoked = tokens.revoke(user.getUsername(), id);
		String key = revoked ? "tokens.revoked" : "tokens.notFound";
		redirect.addFlashAttribute(revoked ? "flashSuccess" : "flashError",
				messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		return "redirect:/account/tokens";
	}

	private static Integer parse(String days) {
		try {
			return Integer.valueOf(days.strip());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

}
