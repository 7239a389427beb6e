package com.leeway.conversation.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.SignedInUser;
import com.leeway.conversation.AppealView;
import com.leeway.conversation.Appeals;
import com.leeway.conversation.DecideAppeal;
import com.leeway.conversation.FileAppeal;
import com.leeway.request.Decision;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Appeals against a rule's decision: the API ({@code …/appeals}, {@code …/appeal}, {@code …/appeal/decision}) and
 * the forms on the request page.
 */
@Controller
@Tag(name = "Exception requests")
class AppealsController {

	private final Appeals appeals;

	private final SmartValidator validator;

	private final MessageSource messages;

	AppealsController(Appeals appeals, SmartValidator validator, MessageSource messages) {
		this.appeals = appeals;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/api/v1/exception-requests/{id}/appeals")
	@ResponseBody
	@Operation(summary = "The appeals of a request the caller may see, oldest first")
	List<AppealView> list(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		return appeals.of(id, user.actor());
	}

	@PostMapping("/api/v1/exception-requests/{id}/appeal")
	@ResponseBody
	@Operation(summary = "Appeal against the rules' own decision (the requester of a request the rules denied or sent to management); one open appeal per request")
	ResponseEntity<AppealView> file(@PathVariable Long id, @Valid @RequestBody FileAppeal body,
			@AuthenticationPrincipal SignedInUser user) {
		return ResponseEntity.status(201).body(appeals.file(id, body, user.actor()));
	}

	@PostMapping("/api/v1/exception-requests/{id}/appeal/decision")
	@ResponseBody
	@Operation(summary = "Uphold or overturn the open appeal, with a reason (IT staff); overturning approves, denies or sends to a manager")
	AppealView decide(@PathVariable Long id, @Valid @RequestBody DecideAppeal body,
			@AuthenticationPrincipal SignedInUser user) {
		return appeals.decide(id, body, user.actor());
	}

	@PostMapping("/requests/{id}/appeal")
	String fileFromPage(@PathVariable Long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		FileAppeal command = new FileAppeal(reason);
		if (invalid(command, redirect)) {
			return "redirect:/requests/" + id + "#appeal";
		}
		try {
			appeals.file(id, command, user.actor());
			redirect.addFlashAttribute("flashSuccess", text("appeal.filed"));
		}
		catch (UserFacingException.Conflict ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/requests/" + id + "#appeal";
	}

	@PostMapping("/requests/{id}/appeal/decision")
	String decideFromPage(@PathVariable Long id, @RequestParam(required = false) DecideAppeal.Outcome outcome,
			@RequestParam(required = false) Decision overturnTo, @RequestParam(required = false) String reason,
			@RequestParam(required = false) Boolean ruleShouldChange, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		DecideAppeal command = new DecideAppeal(outcome, overturnTo, reason, ruleShouldChange);
		if (invalid(command, redirect)) {
			return "redirect:/requests/" + id + "#appeal";
		}
		try {
			AppealView decided = appeals.decide(id, command, user.actor());
			redirect.addFlashAttribute("flashSuccess", text("appeal.decided." + decided.status()));
		}
		catch (InvalidInput ex) {
			redirect.addFlashAttribute("flashError", text(ex.problems().get(0).messageKey()));
		}
		catch (UserFacingException.Conflict ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/requests/" + id + "#appeal";
	}

	private boolean invalid(Object command, RedirectAttributes redirect) {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(command, "appeal");
		validator.validate(command, result);
		if (!result.hasErrors()) {
			return false;
		}
		redirect.addFlashAttribute("flashError",
				messages.getMessage(result.getFieldErrors().get(0), LocaleContextHolder.getLocale()));
		return true;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
