package org.opencall.needs.web;

import java.security.Principal;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.identity.Directory;
import org.opencall.identity.Programme;
import org.opencall.needs.ChallengeBuilding;
import org.opencall.needs.ChallengeView;
import org.opencall.needs.NeedBacklog;
import org.opencall.needs.NeedFilter;
import org.opencall.needs.NeedState;
import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme officer's challenge pages: grouping validated needs into a challenge and
 * attaching it to a call draft of the same programme.
 */
@Controller
@RequestMapping("/officer/challenges")
class OfficerChallengeController {

	private final ChallengeBuilding challenges;

	private final NeedBacklog backlog;

	private final CallCatalogue calls;

	private final Directory directory;

	OfficerChallengeController(ChallengeBuilding challenges, NeedBacklog backlog, CallCatalogue calls,
			Directory directory) {
		this.challenges = challenges;
		this.backlog = backlog;
		this.calls = calls;
		this.directory = directory;
	}

	@GetMapping
	String challenges(Model model, Principal principal) {
		model.addAttribute("challenges", this.challenges.challengesOf(principal.getName()));
		model.addAttribute("validatedNeeds",
				this.backlog.backlog(principal.getName(), new NeedFilter(NeedState.VALIDATED, null, null, null)));
		model.addAttribute("programmes", this.calls.programmesOf(principal.getName()));
		// auditors read every programme's challenges: each under its programme's name
		model.addAttribute("programmeNames",
				this.directory.programmes().stream().collect(Collectors.toMap(Programme::code, Programme::name)));
		if (!model.containsAttribute("grouping")) {
			model.addAttribute("grouping", new ChallengeForm());
		}
		return "officer/challenges";
	}

	/** A refused challenge shows the form again with the reasons beside its fields. */
	@PostMapping
	String group(@ModelAttribute("grouping") ChallengeForm form, BindingResult result, Model model,
			Principal principal) {
		try {
			if (!result.hasErrors()) {
				ChallengeView challenge = this.challenges.group(principal.getName(), form.getProgramme(),
						form.getTitle(), form.getDescription(), form.getNeeds());
				return "redirect:/officer/challenges/" + challenge.id();
			}
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
		}
		return challenges(model, principal);
	}

	@GetMapping("/{id}")
	String challenge(@PathVariable UUID id, Model model, Principal principal) {
		ChallengeView challenge = this.challenges.challengeOf(principal.getName(), id);
		model.addAttribute("challenge", challenge);
		model.addAttribute("drafts",
				this.calls.callsOf(principal.getName())
					.stream()
					.filter(CallView::isEditable)
					.filter((call) -> call.programmeCode().equals(challenge.programmeCode()))
					.toList());
		return "officer/challenge";
	}

	/** A refused attachment shows the challenge again, saying why. */
	@PostMapping("/{id}/attachment")
	String attach(@PathVariable UUID id, @RequestParam(required = false) String call, Model model, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.challenges.attach(principal.getName(), id, call);
			redirect.addFlashAttribute("message", "Attached to call " + call + ".");
			return "redirect:/officer/challenges/" + id;
		}
		catch (InvalidInputException | StateConflictException refusal) {
			FormErrors.show(refusal, model);
		}
		return challenge(id, model, principal);
	}

}
