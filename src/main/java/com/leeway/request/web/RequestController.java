package com.leeway.request.web;

import java.time.Clock;
import java.time.Duration;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.Actor;
import com.leeway.account.Directory;
import com.leeway.account.SignedInUser;
import com.leeway.request.ExceptionRequest;
import com.leeway.request.RequestAccess;
import com.leeway.request.RequestDesk;
import com.leeway.request.RequestFilter;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestStatus;
import com.leeway.request.RequestView;
import com.leeway.request.SubmitRequest;
import com.leeway.ruling.Rulings;
import com.leeway.system.UserFacingException;

/**
 * The requester's pages: the request form, the request page with its ruling and timeline, and "my requests".
 */
@Controller
class RequestController {

	static final String VIEW_FORM = "request/form";

	static final String VIEW_DETAIL = "request/detail";

	static final String VIEW_MINE = "request/mine";

	private final RequestDesk desk;

	private final RequestQueries queries;

	private final Rulings rulings;

	private final Directory directory;

	private final SmartValidator validator;

	private final MessageSource messages;

	private final Clock clock;

	RequestController(RequestDesk desk, RequestQueries queries, Rulings rulings, Directory directory,
			SmartValidator validator, MessageSource messages, Clock clock) {
		this.desk = desk;
		this.queries = queries;
		this.rulings = rulings;
		this.directory = directory;
		this.validator = validator;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/requests/new")
	String initRequestForm(@RequestParam(name = "standard", required = false) String standard, Model model) {
		RequestForm form = new RequestForm();
		form.setStandardKey(standard);
		model.addAttribute("form", form);
		return formView(model);
	}

	@PostMapping("/requests")
	String processRequestForm(@ModelAttribute("form") RequestForm form, BindingResult result,
			@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		SubmitRequest command = form.toCommand();
		// Fields the browser sent in the wrong shape already carry an error; the rest are checked as a command.
		validator.validate(command, result);
		if (result.hasErrors()) {
			model.addAttribute("flashError", text("request.form.fix"));
			return formView(model);
		}
		ExceptionRequest request = desk.submit(command, user.actor());
		redirect.addFlashAttribute("flashSuccess", text("request.submitted." + request.getStatus().name(),
				request.reference()));
		return "redirect:/requests/" + request.getId();
	}

	@GetMapping("/requests/{id}")
	String showRequest(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Actor actor = user.actor();
		RequestView request = queries.view(id, actor);
		model.addAttribute("request", request);
		model.addAttribute("mayDecide", RequestAccess.mayDecideNow(actor, request));
		model.addAttribute("mayWithdraw", RequestAccess.mayWithdrawNow(actor, request));
		model.addAttribute("mayEscalate", request.status() == RequestStatus.IN_REVIEW);
		model.addAttribute("managers", String.join(", ",
				directory.managersOf(request.department()).stream().map(Actor::displayName).toList()));
		model.addAttribute("alternatives", rulings.standards()
			.find(request.standardKey())
			.map(standard -> standard.alternatives())
			.orElse(""));
		model.addAttribute("chain", queries.renewalChain(id, actor));
		model.addAttribute("waitingDays",
				Duration.between(request.submittedAt(), clock.instant()).toDays());
		return VIEW_DETAIL;
	}

	@PostMapping("/requests/{id}/withdrawal")
	String withdraw(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		try {
			ExceptionRequest request = desk.withdraw(id, user.actor());
			redirect.addFlashAttribute("flashSuccess", text("request.withdrawn", request.reference()));
		}
		catch (UserFacingException.Conflict ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/requests/" + id;
	}

	@GetMapping("/requests/mine")
	String myRequests(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal SignedInUser user,
			Model model) {
		model.addAttribute("requests", queries.list(user.actor(), new RequestFilter(null, null, null, true),
				PageRequest.of(Math.min(Math.max(page, 0), Integer.MAX_VALUE / 25 - 1), 25, Sort.by(Sort.Direction.DESC, "submittedAt", "id"))));
		return VIEW_MINE;
	}

	private String formView(Model model) {
		model.addAttribute("standards", rulings.standards()
			.all()
			.stream()
			.sorted(java.util.Comparator.comparing(com.leeway.ruling.Standard::category)
				.thenComparing(com.leeway.ruling.Standard::name))
			.toList());
		return VIEW_FORM;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
