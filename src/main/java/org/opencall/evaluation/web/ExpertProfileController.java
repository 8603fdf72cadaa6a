package org.opencall.evaluation.web;

import java.security.Principal;

import org.opencall.evaluation.CallInvitations;
import org.opencall.evaluation.ExpertPool;
import org.opencall.evaluation.ExpertRegistration;
import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An expert's own pages: registering in the pool (public, or with an officer's invitation
 * link), then their profile, its status and their invitations to calls.
 */
@Controller
class ExpertProfileController {

	private final ExpertRegistration registration;

	private final ExpertPool pool;

	private final CallInvitations invitations;

	ExpertProfileController(ExpertRegistration registration, ExpertPool pool, CallInvitations invitations) {
		this.registration = registration;
		this.pool = pool;
		this.invitations = invitations;
	}

	@GetMapping("/experts/register")
	String registrationForm(@RequestParam(name = "invitation", required = false) String invitation, Model model) {
		ExpertForm form = new ExpertForm();
		form.setInvitation(invitation);
		model.addAttribute("form", form);
		return registrationPage(form, model);
	}

	@PostMapping("/experts/register")
	String register(@ModelAttribute("form") ExpertForm form, BindingResult result, Model model) {
		try {
			if (!result.hasErrors()) {
				this.registration.register(form.toRegistration());
				return "redirect:/login?registered";
			}
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(ExpertForm.onFields(refusal), result);
		}
		form.setPassword(null);
		return registrationPage(form, model);
	}

	private String registrationPage(ExpertForm form, Model model) {
		if (form.getInvitation() != null && !form.getInvitation().isBlank()) {
			try {
				model.addAttribute("invitedEmail", this.registration.invitedAddress(form.getInvitation()));
			}
			catch (InvalidInputException refusal) {
				model.addAttribute("invitationRefused", refusal.violations().get(0).reason());
			}
		}
		return "experts/register";
	}

	@GetMapping("/experts/me")
	String profile(Principal principal, Model model) {
		model.addAttribute("expert", this.pool.own(principal.getName()));
		model.addAttribute("invitations", this.invitations.ownInvitations(principal.getName()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ExpertForm.of(this.pool.own(principal.getName())));
		}
		return "experts/me";
	}

	@PostMapping("/experts/me")
	String changeProfile(@ModelAttribute("form") ExpertForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		try {
			if (!result.hasErrors()) {
				this.pool.changeOwnProfile(principal.getName(), form.toProfile());
				redirect.addFlashAttribute("message", "Your profile is saved.");
				return "redirect:/experts/me";
			}
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(ExpertForm.onFields(refusal), result);
		}
		return profile(principal, model);
	}

	@PostMapping("/experts/me/withdrawal")
	String withdraw(Principal principal, Model model, RedirectAttributes redirect) {
		try {
			this.pool.withdraw(principal.getName());
			redirect.addFlashAttribute("message",
					"You left the expert pool. Save your profile again to ask for approval again.");
			return "redirect:/experts/me";
		}
		catch (StateConflictException refusal) {
			FormErrors.show(refusal, model);
			return profile(principal, model);
		}
	}

}
