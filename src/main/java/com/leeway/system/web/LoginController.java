package com.leeway.system.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.ResponseStatus;

import com.leeway.account.Role;
import com.leeway.account.SignedInUser;

/**
 * The sign-in page, and the start page that sends each person to where their work is. After too many unsuccessful
 * sign-ins the form is shown again with a plain request to wait (status 429, set with its {@code Retry-After} by the
 * security configuration, which forwards here).
 */
@Controller
class LoginController {

	static final String VIEW_LOGIN = "system/login";

	private final boolean demo;

	LoginController(@Value("${leeway.demo.enabled:false}") boolean demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(Model model) {
		model.addAttribute("demo", demo);
		return VIEW_LOGIN;
	}

	@RequestMapping(path = "/login/paused", method = { RequestMethod.GET, RequestMethod.POST })
	@ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
	String paused(Model model) {
		model.addAttribute("demo", demo);
		model.addAttribute("paused", true);
		return VIEW_LOGIN;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal SignedInUser user) {
		Role role = user.actor().role();
		return switch (role) {
			case MANAGER -> "redirect:/manager/inbox";
			case IT_STAFF, ADMIN -> "redirect:/it/requests";
			case REQUESTER -> "redirect:/requests/mine";
		};
	}

}
