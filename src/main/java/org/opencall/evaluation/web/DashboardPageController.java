package org.opencall.evaluation.web;

import java.security.Principal;

import org.opencall.calls.CallCatalogue;
import org.opencall.evaluation.ChoosingRapporteurs;
import org.opencall.evaluation.EvaluationDashboard;
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
 * The officers' evaluation dashboard of a call and the choice of a proposal's rapporteur
 * among its experts while they score.
 */
@Controller
class DashboardPageController {

	private final CallCatalogue calls;

	private final EvaluationDashboard dashboard;

	private final ChoosingRapporteurs rapporteurs;

	DashboardPageController(CallCatalogue calls, EvaluationDashboard dashboard, ChoosingRapporteurs rapporteurs) {
		this.calls = calls;
		this.dashboard = dashboard;
		this.rapporteurs = rapporteurs;
	}

	@GetMapping("/officer/calls/{reference}/evaluation")
	String page(@PathVariable String reference, Model model, Principal principal) {
		model.addAttribute("call", this.calls.officerCall(principal.getName(), reference));
		model.addAttribute("dashboard", this.dashboard.of(principal.getName(), reference));
		model.addAttribute("canChange", !this.calls.programmesOf(principal.getName()).isEmpty());
		return "officer/evaluation";
	}

	@PostMapping("/officer/calls/{reference}/evaluation/rapporteurs")
	String chooseOnPage(@PathVariable String reference, @RequestParam(required = false) String submission,
			@RequestParam(required = false) String expert, Model model, Principal principal,
			RedirectAttributes redirect) {
		try {
			this.rapporteurs.choose(principal.getName(), reference, submission, expert);
			redirect.addFlashAttribute("message", expert + " drafts the consensus report of " + submission + ".");
			return "redirect:/officer/calls/" + reference + "/evaluation";
		}
		catch (InvalidInputException | StateConflictException refusal) {
			FormErrors.show(refusal, model);
		}
		return page(reference, model, principal);
	}

}
