package org.opencall.evaluation.web;

import java.security.Principal;
import java.util.List;

import org.opencall.evaluation.CallInvitationInput;
import org.opencall.evaluation.CallInvitationView;
import org.opencall.evaluation.CallInvitations;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Experts for this call": its programme's officers invite approved experts and see who
 * accepted, declined or let the invitation lapse; auditors read it.
 */
@Controller
class CallExpertsController {

	private final CallInvitations invitations;

	CallExpertsController(CallInvitations invitations) {
		this.invitations = invitations;
	}

	@GetMapping("/officer/calls/{reference}/experts")
	String experts(@PathVariable String reference, Principal principal, Model model) {
		model.addAttribute("call", this.invitations.experts(principal.getName(), reference));
		return "officer/call-experts";
	}

	@PostMapping("/officer/calls/{reference}/experts")
	String invite(@PathVariable String reference,
			@RequestParam(name = "experts", required = false) List<String> experts,
			@RequestParam(name = "respondWithinDays", required = false) String days, Principal principal, Model model,
			RedirectAttributes redirect) {
		try {
			List<CallInvitationView> invited = this.invitations.invite(principal.getName(), reference,
					new CallInvitationInput((experts != null) ? experts : List.of(), days(days)));
			redirect.addFlashAttribute("message", invited.size() + ((invited.size() == 1) ? " expert" : " experts")
					+ " invited; each answers in Tasklist.");
			return "redirect:/officer/calls/" + reference + "/experts";
		}
		catch (InvalidInputException refusal) {
			model.addAttribute("fieldErrors", refusal.violations());
			FormErrors.show(refusal, model);
			return experts(reference, principal, model);
		}
	}

	private static Integer days(String days) {
		if (days == null || days.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(days.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidInputException(List.of(new FieldViolation("respondWithinDays", "must be a whole number")));
		}
	}

}
