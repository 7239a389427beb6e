package com.leeway.system.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import com.leeway.account.Role;
import com.leeway.account.SignedInUser;

/**
 * The sign-in page, and the start page that sends each person to where their work is.
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
