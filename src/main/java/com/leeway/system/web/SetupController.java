package com.leeway.system.web;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

import com.leeway.account.RefusedInput;
import com.leeway.account.FirstAdministrator;
import com.leeway.system.UserFacingException;

/**
 * The setup page of a new installation: with the one-time code from the log, the person setting Leeway up creates
 * the first administrator. Open to everyone while no administrator exists; afterwards it does not exist (404).
 */
@Controller
class SetupController {

	static final String VIEW_SETUP = "system/setup";

	private final FirstAdministrator firstAdministrator;

	SetupController(FirstAdministrator firstAdministrator) {
		this.firstAdministrator = firstAdministrator;
	}

	@GetMapping("/setup")
	String initSetupForm(Model model) {
		requireSetupNeeded();
		model.addAttribute("form", new SetupForm());
		return VIEW_SETUP;
	}

	@PostMapping("/setup")
	ModelAndView processSetupForm(@ModelAttribute("form") SetupForm form, BindingResult result) {
		requireSetupNeeded();
		try {
			firstAdministrator.create(form.toCommand());
		}
		catch (FirstAdministrator.AlreadySetUp ex) {
			throw gone();
		}
		catch (RefusedInput ex) {
			result.rejectValue(ex.field(), ex.messageKey());
			form.forgetPasswords();
			return new ModelAndView(VIEW_SETUP, result.getModel(), HttpStatus.BAD_REQUEST);
		}
		return new ModelAndView("redirect:/login?setup");
	}

	private void requireSetupNeeded() {
		if (!firstAdministrator.needed()) {
			throw gone();
		}
	}

	private static UserFacingException gone() {
		return new UserFacingException.NotFound("setup.gone");
	}

}
