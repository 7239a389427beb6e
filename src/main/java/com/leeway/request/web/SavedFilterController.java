package com.leeway.request.web;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.SignedInUser;
import com.leeway.request.SavedFilter;
import com.leeway.request.SavedFilters;
import com.leeway.system.InvalidInput;

/**
 * A person's saved filters: save the list's current filter under a name, apply one (its list with its query
 * string), delete one. Each person's own; someone else's is not found.
 */
@Controller
class SavedFilterController {

	/** Where each list lives; a saved filter leads back only to these. */
	static final Map<String, String> PATHS = Map.of("all", "/it/requests", "mine", "/requests/mine", "inbox",
			"/manager/inbox", "review", "/it/review");

	private final SavedFilters filters;

	private final MessageSource messages;

	SavedFilterController(SavedFilters filters, MessageSource messages) {
		this.filters = filters;
		this.messages = messages;
	}

	@PostMapping("/saved-filters")
	String save(@RequestParam String list, @RequestParam(required = false) String name,
			@RequestParam(defaultValue = "") String query, @AuthenticationPrincipal SignedInUser user,
			RedirectAttributes redirect) {
		String path = PATHS.get(list);
		if (path == null) {
			throw InvalidInput.of("list", "savedFilter.list.unknown");
		}
		try {
			SavedFilter saved = filters.save(user.actor(), list, name, query);
			redirect.addFlashAttribute("flashSuccess", text("savedFilter.saved", saved.getName()));
			return "redirect:" + path + (saved.getQuery().isEmpty() ? "" : "?" + saved.getQuery());
		}
		catch (InvalidInput ex) {
			InvalidInput.FieldProblem problem = ex.problems().get(0);
			redirect.addFlashAttribute("flashError", text(problem.messageKey(), problem.arguments()));
			return "redirect:" + path + (query.isEmpty() ? "" : "?" + query.replaceFirst("^\\?", ""));
		}
	}

	@GetMapping("/saved-filters/{id}")
	String apply(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user) {
		SavedFilter filter = filters.get(user.actor(), id);
		return "redirect:" + PATHS.get(filter.getListName())
				+ (filter.getQuery().isEmpty() ? "" : "?" + filter.getQuery());
	}

	@PostMapping("/saved-filters/{id}/deletion")
	String delete(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		SavedFilter filter = filters.delete(user.actor(), id);
		redirect.addFlashAttribute("flashSuccess", text("savedFilter.deleted", filter.getName()));
		return "redirect:" + PATHS.get(filter.getListName());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
