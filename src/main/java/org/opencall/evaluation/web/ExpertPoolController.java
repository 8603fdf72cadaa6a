package org.opencall.evaluation.web;

import java.security.Principal;

import org.opencall.evaluation.ExpertPool;
import org.opencall.evaluation.ExpertRegistration;
import org.opencall.evaluation.ExpertView;
import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' expert pool page: experts awaiting approval first, each approved or
 * rejected with a reason; an invitation to register by e-mail. Auditors read it.
 */
@Controller
class ExpertPoolController {

	private final ExpertPool pool;

	private final ExpertRegistration registration;

	ExpertPoolController(ExpertPool pool, ExpertRegistration registration) {
		this.pool = pool;
		this.registration = registration;
	}

	@GetMapping("/officer/experts")
	String pool(Principal principal, Model model) {
		model.addAttribute("experts", this.pool.pool(principal.getName()));
		model.addAttribute("pending",
				this.pool.pool(principal.getName()).stream().filter(ExpertView::isPending).count());
		return "officer/experts";
	}

	@PostMapping("/officer/experts/{userId}/approval")
	String approve(@PathVariable String userId, Principal principal, Model model, RedirectAttributes redirect) {
		try {
			ExpertView expert = this.pool.approve(principal.getName(), userId);
			redirect.addFlashAttribute("message", expert.name() + " is approved into the pool.");
			return "redirect:/officer/experts";
		}
		catch (StateConflictException refusal) {
			return refused(refusal, principal, model);
		}
	}

	@PostMapping("/officer/experts/{userId}/rejection")
	String reject(@PathVariable String userId, @RequestParam(name = "reason", required = false) String reason,
			Principal principal, Model model, RedirectAttributes redirect) {
		try {
			ExpertView expert = this.pool.reject(principal.getName(), userId, reason);
			redirect.addFlashAttribute("message", expert.name() + " is rejected; they read your reason.");
			return "redirect:/officer/experts";
		}
		catch (InvalidInputException refusal) {
			model.addAttribute("rejectionError", userId);
			model.addAttribute("rejectionReason", refusal.violations().get(0).reason());
			return refused(refusal, principal, model);
		}
		catch (StateConflictException refusal) {
			return refused(refusal, principal, model);
		}
	}

	@PostMapping("/officer/experts/invitations")
	String inviteToPool(@RequestParam(name = "email", required = false) String email, Principal principal, Model model,
			RedirectAttributes redirect) {
		try {
			this.registration.inviteToPool(principal.getName(), email);
			redirect.addFlashAttribute("message", "Invitation to register mailed to " + email.strip() + ".");
			return "redirect:/officer/experts";
		}
		catch (InvalidInputException refusal) {
			model.addAttribute("emailError", refusal.violations().get(0).reason());
			model.addAttribute("email", email);
			return refused(refusal, principal, model);
		}
	}

	private String refused(RuntimeException refusal, Principal principal, Model model) {
		FormErrors.show(refusal, model);
		return pool(principal, model);
	}

}
