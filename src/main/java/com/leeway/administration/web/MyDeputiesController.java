package com.leeway.administration.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.AdministrationRefused;
import com.leeway.account.Deputies;
import com.leeway.account.SignedInUser;

/**
 * "My deputies": a manager chooses who decides for them while they are away, and ends it. Only for themselves;
 * people who decide for nobody see why they cannot choose one.
 */
@Controller
class MyDeputiesController {

	private final Deputies deputies;

	private final Refusals refusals;

	MyDeputiesController(Deputies deputies, Refusals refusals) {
		this.deputies = deputies;
		this.refusals = refusals;
	}

	@GetMapping("/account/deputies")
	String page(@AuthenticationPrincipal SignedInUser user, Model model) {
		return page(user, model, new LinkedHashMap<>(), Map.of());
	}

	private String page(SignedInUser user, Model model, Map<String, String> form, Map<String, String> errors) {
		model.addAttribute("deputies", deputies.of(user.getUsername()));
		model.addAttribute("mayChoose", deputies.decidesForOthers(user.actor()));
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		return "admin/my-deputies";
	}

	@PostMapping("/account/deputies")
	String create(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> form, Model model,
			RedirectAttributes redirect) {
		try {
			deputies.create(user.actor(), null, form.get("deputy"), AdminPagesController.date(form.get("from")),
					AdminPagesController.date(form.get("to")), form.get("reason"));
			redirect.addFlashAttribute("flashSuccess", refusals.text("admin.deputy.created"));
			return "redirect:/account/deputies";
		}
		catch (AdministrationRefused refused) {
			return page(user, model, form, refusals.byField(refusals.forForm(refused)));
		}
	}

	@PostMapping("/account/deputies/{id}/end")
	String end(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		try {
			deputies.end(user.actor(), id);
			redirect.addFlashAttribute("flashSuccess", refusals.text("admin.deputy.ended"));
		}
		catch (AdministrationRefused refused) {
			redirect.addFlashAttribute("flashError", String.join(" ", refusals.all(refusals.forForm(refused))));
		}
		return "redirect:/account/deputies";
	}

}
