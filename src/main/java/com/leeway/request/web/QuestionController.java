package com.leeway.request.web;


import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.SignedInUser;
import com.leeway.request.AnswerQuestion;
import com.leeway.request.AskQuestion;
import com.leeway.request.RequestConversation;
import com.leeway.request.RequestView;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Questions that pause the clock: the forms on the request page and {@code POST /api/v1/exception-requests/{id}/question}
 * and {@code …/answer}.
 */
@Controller
@Tag(name = "Exception requests")
class QuestionController {

	private final RequestConversation conversation;

	private final SmartValidator validator;

	private final MessageSource messages;

	QuestionController(RequestConversation conversation, SmartValidator validator, MessageSource messages) {
		this.conversation = conversation;
		this.validator = validator;
		this.messages = messages;
	}

	@PostMapping("/api/v1/exception-requests/{id}/question")
	@ResponseBody
	@Operation(summary = "Ask the requester a question instead of deciding (whoever holds the request); the decider's clock stops until the answer")
	RequestView askByApi(@PathVariable Long id, @Valid @RequestBody AskQuestion body,
			@AuthenticationPrincipal SignedInUser user) {
		return conversation.ask(id, body, user.actor());
	}

	@PostMapping("/api/v1/exception-requests/{id}/answer")
	@ResponseBody
	@Operation(summary = "Answer the open question (the requester); changed fields are ruled on again, and an answer reopens a request closed as unanswered")
	RequestView answerByApi(@PathVariable Long id, @Valid @RequestBody AnswerQuestion body,
			@AuthenticationPrincipal SignedInUser user) {
		return conversation.answer(id, body, user.actor());
	}

	@PostMapping("/requests/{id}/question")
	String ask(@PathVariable Long id, @RequestParam(required = false) String question,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		AskQuestion command = new AskQuestion(question);
		if (invalid(command, redirect)) {
			return "redirect:/requests/" + id + "#question";
		}
		try {
			RequestView asked = conversation.ask(id, command, user.actor());
			redirect.addFlashAttribute("flashSuccess", text("question.asked.done", asked.reference()));
		}
		catch (UserFacingException.Conflict ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.arguments()));
		}
		catch (OptimisticLockingFailureException ex) {
			redirect.addFlashAttribute("flashError", text("request.changedMeanwhile"));
		}
		return "redirect:/requests/" + id;
	}

	@PostMapping("/requests/{id}/answer")
	String answer(@PathVariable Long id, @RequestParam(required = false) String answer,
			@RequestParam(required = false) Integer durationDays, @RequestParam(required = false) Integer usersAffected,
			@RequestParam(required = false) String compensatingControls, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		AnswerQuestion command = new AnswerQuestion(answer, durationDays, usersAffected, compensatingControls);
		if (invalid(command, redirect)) {
			return "redirect:/requests/" + id + "#question";
		}
		try {
			RequestView answered = conversation.answer(id, command, user.actor());
			redirect.addFlashAttribute("flashSuccess",
					text("question.answered." + answered.status().name(), answered.reference()));
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

	private boolean invalid(Object command, RedirectAttributes redirect) {
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(command, "command");
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
