package com.leeway.escalation.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.SignedInUser;
import com.leeway.request.RequestDecisions;
import com.leeway.request.ListQuery;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestSort;
import com.leeway.request.RequestView;
import com.leeway.system.ReaderZone;
import com.leeway.system.UserFacingException;

/**
 * The manager's inbox, IT staff's review queue, and the decision form on the request page.
 */
@Controller
class DecisionController {

	/** One page for both queues of requests waiting for a person: the manager's inbox and IT's review queue. */
	static final String VIEW_QUEUE = "escalation/queue";

	private final RequestDecisions decisions;

	private final RequestQueries queries;

	private final SmartValidator validator;

	private final MessageSource messages;

	DecisionController(RequestDecisions decisions, RequestQueries queries, SmartValidator validator, MessageSource messages) {
		this.decisions = decisions;
		this.queries = queries;
		this.validator = validator;
		this.messages = messages;
	}

	@GetMapping("/manager/inbox")
	String inbox(@RequestParam Map<String, String> parameters, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		ListQuery query = ListQuery.of(parameters, RequestSort.LONGEST_WAITING);
		model.addAttribute("requests", queries.inboxOf(user.actor(), query.filter(null, ReaderZone.current())));
		return queue(model, query, "/manager/inbox", "nav.inbox", "inbox.intro", "inbox.empty", "inbox");
	}

	@GetMapping("/it/review")
	String reviewQueue(@RequestParam Map<String, String> parameters, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		ListQuery query = ListQuery.of(parameters, RequestSort.LONGEST_WAITING);
		model.addAttribute("requests", queries.reviewQueue(user.actor(), query.filter(null, ReaderZone.current())));
		return queue(model, query, "/it/review", "nav.reviewQueue", "review.intro", "review.empty", "review-queue");
	}

	private static String queue(Model model, ListQuery query, String listPath, String titleKey, String introKey,
			String emptyKey, String tableId) {
		model.addAttribute("query", query);
		model.addAttribute("listPath", listPath);
		model.addAttribute("limit", RequestQueries.QUEUE_LIMIT);
		model.addAttribute("titleKey", titleKey);
		model.addAttribute("introKey", introKey);
		model.addAttribute("emptyKey", emptyKey);
		model.addAttribute("tableId", tableId);
		return VIEW_QUEUE;
	}

	@PostMapping("/requests/{id}/decision")
	String processDecisionForm(@PathVariable Long id, @ModelAttribute("decisionForm") DecisionForm form,
			BindingResult result, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			validator.validate(form.toCommand(), result);
		}
		if (result.hasErrors()) {
			// The request page is a redirect away; carry the form and its errors there.
			redirect.addFlashAttribute("decisionForm", form);
			redirect.addFlashAttribute("decisionErrors", result.getFieldErrors()
				.stream()
				.collect(java.util.stream.Collectors.toMap(FieldError::getField,
						error -> messages.getMessage(error, LocaleContextHolder.getLocale()), (a, b) -> a)));
			return "redirect:/requests/" + id + "#decide";
		}
		try {
			RequestView request = decisions.decide(id, form.toCommand(), user.actor());
			redirect.addFlashAttribute("flashSuccess",
					text("decision.recorded." + request.status().name(), request.reference()));
		}
		catch (UserFacingException.Conflict ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.arguments()));
		}
		catch (com.leeway.system.InvalidInput ex) {
			redirect.addFlashAttribute("decisionForm", form);
			redirect.addFlashAttribute("decisionErrors", java.util.Map.of(ex.problems().get(0).field(),
					text(ex.problems().get(0).messageKey(), ex.problems().get(0).arguments())));
			return "redirect:/requests/" + id + "#decide";
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
