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
import com.leeway.conversation.CommentView;
import com.leeway.conversation.Comments;
import com.leeway.conversation.WriteComment;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * Comments on a request: {@code GET/POST /api/v1/exception-requests/{id}/comments} and the comment form on the
 * request page.
 */
@Controller
@Tag(name = "Exception requests")
class CommentsController {

	private final Comments comments;

	private final SmartValidator validator;

	private final MessageSource messages;

	CommentsController(Comments comments, SmartValidator validator, MessageSource messages) {
		this.comments = comments;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/api/v1/exception-requests/{id}/comments")
	@ResponseBody
	@Operation(summary = "The comments on a request the caller may see, oldest first (internal notes for IT staff only)")
	List<CommentView> list(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		return comments.of(id, user.actor());
	}

	@PostMapping("/api/v1/exception-requests/{id}/comments")
	@ResponseBody
	@Operation(summary = "Comment on a request the caller may see; IT staff may mark it internal (never shown to the requester)")
	ResponseEntity<CommentView> write(@PathVariable Long id, @Valid @RequestBody WriteComment body,
			@AuthenticationPrincipal SignedInUser user) {
		CommentView written = comments.write(id, body, user.actor());
		return ResponseEntity.status(201).body(written);
	}

	@PostMapping("/api/v1/exception-requests/{id}/call")
	@ResponseBody
	@Operation(summary = "Ask the owner of the request's standard for a call: a comment addressed to them, of which they are told")
	ResponseEntity<CommentView> askForCall(@PathVariable Long id, @Valid @RequestBody com.leeway.conversation.AskForCall body,
			@AuthenticationPrincipal SignedInUser user) {
		return ResponseEntity.status(201).body(comments.askForCall(id, body, user.actor()));
	}

	@PostMapping("/requests/{id}/call")
	String askForCallFromPage(@PathVariable Long id, @RequestParam(required = false) String message,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		com.leeway.conversation.AskForCall command = new com.leeway.conversation.AskForCall(message);
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(command, "call");
		validator.validate(command, result);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError",
					messages.getMessage(result.getFieldErrors().get(0), LocaleContextHolder.getLocale()));
			return "redirect:/requests/" + id + "#owner";
		}
		comments.askForCall(id, command, user.actor());
		redirect.addFlashAttribute("flashSuccess",
				messages.getMessage("call.asked", null, LocaleContextHolder.getLocale()));
		return "redirect:/requests/" + id + "#comments";
	}

	@PostMapping("/requests/{id}/comments")
	String writeFromPage(@PathVariable Long id, @RequestParam(required = false) String body,
			@RequestParam(required = false) Boolean internal, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		WriteComment command = new WriteComment(body, internal);
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(command, "comment");
		validator.validate(command, result);
		if (result.hasErrors()) {
			redirect.addFlashAttribute("flashError",
					messages.getMessage(result.getFieldErrors().get(0), LocaleContextHolder.getLocale()));
			redirect.addFlashAttribute("commentDraft", body);
			return "redirect:/requests/" + id + "#comments";
		}
		comments.write(id, command, user.actor());
		redirect.addFlashAttribute("flashSuccess", messages.getMessage(
				command.isInternal() ? "comment.written.internal" : "comment.written", null, LocaleContextHolder.getLocale()));
		return "redirect:/requests/" + id + "#comments";
	}

}
