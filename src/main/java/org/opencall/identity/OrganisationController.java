package org.opencall.identity;

import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A member's organisation page: its people, pending invitations, and a form to invite a
 * colleague.
 */
@Controller
class OrganisationController {

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	private final Directory directory;

	private final Invitations invitations;

	OrganisationController(Directory directory, Invitations invitations) {
		this.directory = directory;
		this.invitations = invitations;
	}

	@GetMapping("/organisation")
	String organisation(Principal principal, Model model) {
		model.addAttribute("staff", OrganisationStaff.of(principal.getName(), this.directory, this.invitations));
		model.addAttribute("when", WHEN);
		if (!model.containsAttribute("invitation")) {
			model.addAttribute("invitation", new InvitationForm());
		}
		return "organisation";
	}

	/** A refused invitation shows the page again with the reason beside the address. */
	@PostMapping("/organisation/invitations")
	String invite(@ModelAttribute("invitation") InvitationForm form, BindingResult result, Principal principal,
			Model model, RedirectAttributes redirect) {
		try {
			if (!result.hasErrors()) {
				Invitation invitation = this.invitations.invite(principal.getName(),
						(form.getEmail() != null) ? form.getEmail() : "");
				redirect.addFlashAttribute("message", "Invitation mailed to " + invitation.email()
						+ "; its link works once, until " + WHEN.format(invitation.expiresAt()) + ".");
				return "redirect:/organisation";
			}
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
		}
		catch (StateConflictException refusal) {
			FormErrors.show(refusal, model);
		}
		return organisation(principal, model);
	}

}
