package com.leeway.request.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import com.leeway.account.SignedInUser;
import com.leeway.request.RequestDecisions;
import com.leeway.request.RequestDesk;
import com.leeway.request.RequestPageSection;
import com.leeway.request.RequestPolicy;
import com.leeway.request.ListQuery;
import com.leeway.request.RequestQueries;
import com.leeway.request.RequestSort;
import com.leeway.request.RequestStatus;
import com.leeway.request.RequestView;
import com.leeway.request.SavedFilters;
import com.leeway.request.SubmitRequest;
import com.leeway.ruling.RuleEvaluator;
import com.leeway.ruling.Standard;
import com.leeway.system.ReaderZone;
import com.leeway.system.UserFacingException;

/**
 * The requester's pages: the request form, the request page with its ruling and timeline, and "my requests".
 */
@Controller
class RequestController {

	static final String VIEW_FORM = "request/form";

	static final String VIEW_DETAIL = "request/detail";

	static final String VIEW_MINE = "request/mine";

	static final int MINE_PAGE_SIZE = 25;

	private final RequestDesk desk;

	private final RequestQueries queries;

	private final RuleEvaluator rulings;

	private final RequestDecisions decisions;

	private final List<RequestPageSection> sections;

	private final SmartValidator validator;

	private final MessageSource messages;

	private final SavedFilters savedFilters;

	private final RequestExport export;

	RequestController(RequestDesk desk, RequestQueries queries, RuleEvaluator rulings, RequestDecisions decisions,
			List<RequestPageSection> sections, SmartValidator validator, MessageSource messages,
			SavedFilters savedFilters, RequestExport export) {
		this.savedFilters = savedFilters;
		this.export = export;
		this.desk = desk;
		this.queries = queries;
		this.rulings = rulings;
		this.decisions = decisions;
		this.sections = sections;
		this.validator = validator;
		this.messages = messages;
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
		// A security control allows no exceptions: the form does not offer it, and a hand-made post is told why.
		if (!result.hasFieldErrors("standardKey") && form.getStandardKey() != null) {
			rulings.standards()
				.find(form.getStandardKey())
				.filter(Standard::securityControl)
				.ifPresent(standard -> result.rejectValue("standardKey", "request.form.standard.noExceptions",
						new Object[] { standard.name() }, null));
		}
		if (result.hasErrors()) {
			model.addAttribute("flashError", text("request.form.fix"));
			return formView(model);
		}
		RequestView request = desk.submit(command, user.actor());
		// The banner's colour says what the answer means: granted, refused, or still waiting for someone.
		String banner = switch (request.status()) {
			case APPROVED -> "flashSuccess";
			case DENIED -> "flashWarning";
			default -> "flashInfo";
		};
		redirect.addFlashAttribute(banner, text("request.submitted." + request.status().name(), request.reference()));
		return "redirect:/requests/" + request.id();
	}

	@GetMapping("/requests/{id}")
	String showRequest(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, Model model) {
		Actor actor = user.actor();
		RequestView request = queries.view(id, actor);
		model.addAttribute("request", request);
		RequestPolicy.Allowed may = request.allowedFor(actor);
		// What the reader may do decides which forms the page offers; the services ask the same policy again.
		model.addAttribute("may", may);
		model.addAttribute("mayDecide", may.decide());
		model.addAttribute("mayWithdraw", may.withdraw());
		model.addAttribute("mayEscalate", may.escalate());
		model.addAttribute("agenda", request.agenda());
		model.addAttribute("grantLimit",
				com.leeway.ruling.Ruling.grantedDays(request.ruling().maxDays(), request.durationDays()));
		model.addAttribute("deciders", may.reassign() ? decisions.eligibleDeciders(id) : List.of());
		model.addAttribute("alternatives", rulings.standards()
			.find(request.standardKey())
			.map(standard -> standard.alternatives())
			.orElse(""));
		model.addAttribute("chain", queries.renewalChain(id, actor));
		model.addAttribute("sections", sections.stream()
			.map(section -> section.sectionFor(request, actor))
			.flatMap(Optional::stream)
			.toList());
		return VIEW_DETAIL;
	}

	@PostMapping("/requests/{id}/withdrawal")
	String withdraw(@PathVariable Long id, @RequestParam(required = false) String reason,
			@AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		try {
			RequestView request = desk.withdraw(id, user.actor(), reason);
			redirect.addFlashAttribute("flashSuccess", text("request.withdrawn", request.reference()));
		}
		catch (com.leeway.system.InvalidInput ex) {
			redirect.addFlashAttribute("flashError",
					text(ex.problems().get(0).messageKey(), ex.problems().get(0).arguments()));
		}
		catch (UserFacingException.Conflict ex) {
			redirect.addFlashAttribute("flashError", text(ex.messageKey(), ex.arguments()));
		}
		return "redirect:/requests/" + id;
	}

	@GetMapping("/requests/mine")
	String myRequests(@RequestParam Map<String, String> parameters, @RequestParam(defaultValue = "0") int page,
			@AuthenticationPrincipal SignedInUser user, Model model) {
		ListQuery query = ListQuery.of(parameters, RequestSort.NEWEST_FIRST);
		model.addAttribute("requests",
				queries.page(user.actor(), query.filter(true, ReaderZone.current()), page, MINE_PAGE_SIZE));
		model.addAttribute("query", query);
		model.addAttribute("statuses", RequestStatus.values());
		model.addAttribute("standards", rulings.standards().all());
		model.addAttribute("savedFilters", savedFilters.of(user.actor(), "mine"));
		model.addAttribute("listName", "mine");
		model.addAttribute("listPath", "/requests/mine");
		return VIEW_MINE;
	}

	@GetMapping("/requests/mine/export")
	void exportMine(@RequestParam Map<String, String> parameters, @RequestParam(required = false) String format,
			@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
		ListQuery query = ListQuery.of(parameters, RequestSort.NEWEST_FIRST);
		export.write(user.actor(), query.filter(true, ReaderZone.current()), RequestExport.Columns.MINE,
				RequestExport.format(format), response);
	}

	private String formView(Model model) {
		model.addAttribute("standards", rulings.standards()
			.all()
			.stream()
			.filter(standard -> !standard.securityControl())
			.sorted(java.util.Comparator.comparing(com.leeway.ruling.Standard::category)
				.thenComparing(com.leeway.ruling.Standard::name))
			.toList());
		return VIEW_FORM;
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
