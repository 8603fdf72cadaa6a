package org.opencall.identity;

import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Companies register themselves on the public registration page.
 */
@Controller
class RegistrationController {

	private final ApplicantRegistration registration;

	RegistrationController(ApplicantRegistration registration) {
		this.registration = registration;
	}

	@GetMapping("/register")
	String form(Model model) {
		model.addAttribute("form", new RegistrationForm());
		model.addAttribute("types", ApplicantRegistration.APPLICANT_TYPES.stream().map(Enum::name).sorted().toList());
		return "register";
	}

	@PostMapping("/register")
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model) {
		try {
			if (!result.hasErrors()) {
				this.registration.register(form.toRegistration());
				return "redirect:/login?registered";
			}
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
		}
		form.setPassword(null);
		model.addAttribute("types", ApplicantRegistration.APPLICANT_TYPES.stream().map(Enum::name).sorted().toList());
		return "register";
	}

}
