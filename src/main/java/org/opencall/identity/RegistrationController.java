package org.opencall.identity;

import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Companies register themselves on the public registration page; with the link of an
 * invitation, the page asks only for the login of the person joining.
 */
@Controller
class RegistrationController {

	private final ApplicantRegistration registration;

	private final JoiningByInvitation joining;

	private final Invitations invitations;

	private final Directory directory;

	RegistrationController(ApplicantRegistration registration, JoiningByInvitation joining, Invitations invitations,
			Directory directory) {
		this.registration = registration;
		this.joining = joining;
		this.invitations = invitations;
		this.directory = directory;
	}

	@GetMapping("/register")
	String form(@RequestParam(name = "invitation", required = false) String invitation, Model model) {
		RegistrationForm form = new RegistrationForm();
		form.setInvitation(invitation);
		model.addAttribute("form", form);
		return page(form, model);
	}

	@PostMapping("/register")
	String register(@ModelAttribute("form") RegistrationForm form, BindingResult result, Model model) {
		try {
			if (!result.hasErrors()) {
				Registration input = form.toRegistration();
				if (input.isInvited()) {
					this.joining.join(input);
					return "redirect:/login?joined";
				}
				this.registration.register(input);
				return "redirect:/login?registered";
			}
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
		}
		form.setPassword(null);
		return page(form, model);
	}

	/** The company's form, or the invited person's with what they are invited to. */
	private String page(RegistrationForm form, Model model) {
		if (form.toRegistration().isInvited()) {
			try {
				Invitation invitation = this.invitations.valid(form.getInvitation());
				if (invitation.isToExpertPool()) {
					return "redirect:/experts/register?invitation=" + form.getInvitation().strip();
				}
				model.addAttribute("invitedTo", this.directory.organisation(invitation.organisationId()).orElseThrow());
				model.addAttribute("invitedEmail", invitation.email());
			}
			catch (InvalidInputException refusal) {
				model.addAttribute("invitationRefused", refusal.violations().get(0).reason());
			}
			return "register";
		}
		model.addAttribute("types", ApplicantRegistration.APPLICANT_TYPES.stream().map(Enum::name).sorted().toList());
		return "register";
	}

}
