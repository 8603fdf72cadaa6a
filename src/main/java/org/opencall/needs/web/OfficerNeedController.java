package org.opencall.needs.web;

import java.security.Principal;

import org.opencall.identity.Directory;
import org.opencall.needs.NeedBacklog;
import org.opencall.needs.NeedState;
import org.opencall.needs.NeedTriage;
import org.opencall.needs.domain.CareSetting;
import org.opencall.needs.NeedState;
import org.opencall.needs.domain.Urgency;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme officer's needs pages: the backlog with its filters, and triage.
 */
@Controller
@RequestMapping("/officer/needs")
class OfficerNeedController {

	private final NeedBacklog backlog;

	private final NeedTriage triage;

	private final Directory directory;

	OfficerNeedController(NeedBacklog backlog, NeedTriage triage, Directory directory) {
		this.backlog = backlog;
		this.triage = triage;
		this.directory = directory;
	}

	@GetMapping
	String backlog(@ModelAttribute("filter") NeedFilterParameters filter, Model model, Principal principal) {
		model.addAttribute("needs", this.backlog.backlog(principal.getName(), filter.toFilter()));
		model.addAttribute("statuses", NeedState.values());
		model.addAttribute("careSettings", CareSetting.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("organisations", this.directory.organisations());
		return "officer/needs";
	}

	@GetMapping("/{reference}")
	String need(@PathVariable String reference, Model model, Principal principal) {
		model.addAttribute("need", this.backlog.need(principal.getName(), reference));
		if (!model.containsAttribute("triage")) {
			model.addAttribute("triage", new TriageForm());
		}
		return "officer/need";
	}

	/**
	 * A refused triage shows the need again with the reasons beside the form's fields.
	 */
	@PostMapping("/{reference}/triage")
	String triage(@PathVariable String reference, @ModelAttribute("triage") TriageForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		try {
			if (!result.hasErrors()) {
				this.triage.triage(principal.getName(), reference, form.toInput());
				redirect.addFlashAttribute("message", "Triage recorded.");
				return "redirect:/officer/needs/" + reference;
			}
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
		}
		catch (StateConflictException refusal) {
			// beside the triage form while it is still offered; at the top once the need
			// left triage
			if (this.backlog.need(principal.getName(), reference).status() == NeedState.SUBMITTED) {
				FormErrors.showOnForm(refusal, result, model);
			}
			else {
				FormErrors.show(refusal, model);
			}
		}
		return need(reference, model, principal);
	}

}
