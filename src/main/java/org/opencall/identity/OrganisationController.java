package org.opencall.identity;

import java.security.Principal;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
		return "organisation";
	}

	@PostMapping("/organisation/invitations")
	String invite(@RequestParam(defaultValue = "") String email, Principal principal, Model model,
			RedirectAttributes redirect) {
		try {
			Invitation invitation = this.invitations.invite(principal.getName(), email);
			redirect.addFlashAttribute("message", "Invitation mailed to " + invitation.email()
					+ "; its link works once, until " + WHEN.format(invitation.expiresAt()) + ".");
			return "redirect:/organisation";
		}
		catch (InvalidInputException refusal) {
			model.addAttribute("emailError", refusal.violations().get(0).reason());
		}
		catch (StateConflictException refusal) {
			model.addAttribute("error", refusal.getMessage());
		}
		model.addAttribute("email", email);
		return organisation(principal, model);
	}

}
