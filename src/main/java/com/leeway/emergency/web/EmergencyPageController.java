package com.leeway.emergency.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Clock;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.leeway.account.SignedInUser;
import com.leeway.emergency.EmergencyDesk;
import com.leeway.emergency.EmergencyInput;
import com.leeway.ruling.RuleEvaluator;
import com.leeway.system.InvalidInput;
import com.leeway.system.UserFacingException;

/**
 * The emergencies page for managers and administrators: what lasts now and what ended, a form to declare one, and
 * a button to end one early. Everyone else reads the banner on every page.
 */
@Controller
class EmergencyPageController {

	private final EmergencyDesk desk;

	private final RuleEvaluator rulings;

	private final MessageSource messages;

	private final Clock clock;

	EmergencyPageController(EmergencyDesk desk, RuleEvaluator rulings, MessageSource messages, Clock clock) {
		this.desk = desk;
		this.rulings = rulings;
		this.messages = messages;
		this.clock = clock;
	}

	@GetMapping("/emergencies")
	String list(@AuthenticationPrincipal SignedInUser user, Model model) {
		allowed(user);
		Map<String, String> form = new LinkedHashMap<>();
		form.put("effect", "HOLD");
		form.put("endsOn", LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(7).toString());
		return page(model, form, Map.of(), List.of());
	}

	@PostMapping("/emergencies")
	String declare(@RequestParam(required = false) String reason,
			@RequestParam(required = false) List<String> standards, @RequestParam(required = false) String products,
			@RequestParam(required = false) String effect,
			@RequestParam(defaultValue = "false") boolean suspendExceptions,
			@RequestParam(required = false) String endsOn, @AuthenticationPrincipal SignedInUser user, Model model,
			RedirectAttributes redirect) {
		allowed(user);
		List<String> productList = products == null ? List.of()
				: Arrays.stream(products.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("reason", reason);
		form.put("products", products);
		form.put("effect", effect);
		form.put("suspendExceptions", String.valueOf(suspendExceptions));
		form.put("endsOn", endsOn);
		List<String> chosen = standards == null ? List.of() : standards;
		try {
			LocalDate lastDay;
			try {
				lastDay = endsOn == null || endsOn.isBlank() ? null : LocalDate.parse(endsOn.strip());
			}
			catch (DateTimeParseException ex) {
				throw InvalidInput.of("endsOn", "emergency.endsOn.invalid");
			}
			desk.declare(new EmergencyInput(reason, chosen, productList, effect, suspendExceptions, lastDay),
					user.actor());
			redirect.addFlashAttribute("flashSuccess", text("emergency.declared"));
			return "redirect:/emergencies";
		}
		catch (InvalidInput ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.problems()
				.forEach(problem -> errors.putIfAbsent(problem.field(),
						messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
								LocaleContextHolder.getLocale())));
			model.addAttribute("flashError", text("emergency.form.invalid"));
			return page(model, form, errors, chosen);
		}
	}

	@PostMapping("/emergencies/{id}/end")
	String end(@PathVariable Long id, @AuthenticationPrincipal SignedInUser user, RedirectAttributes redirect) {
		allowed(user);
		desk.end(id, user.actor());
		redirect.addFlashAttribute("flashSuccess", text("emergency.ended"));
		return "redirect:/emergencies";
	}

	private String page(Model model, Map<String, String> form, Map<String, String> errors, List<String> chosen) {
		model.addAttribute("emergencies", desk.all());
		model.addAttribute("standards", rulings.standards().all());
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("chosen", chosen);
		return "emergency/list";
	}

	private static void allowed(SignedInUser user) {
		if (user == null || !EmergencyDesk.mayDeclare(user.actor())) {
			throw new UserFacingException.Forbidden("emergency.notAllowed");
		}
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
	}

}
