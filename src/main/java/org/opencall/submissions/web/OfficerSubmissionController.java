package org.opencall.submissions.web;

import java.security.Principal;

import org.opencall.calls.CallCatalogue;
import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.submissions.EligibilityDecision;
import org.opencall.submissions.SubmissionQueries;
import org.opencall.submissions.SubmissionState;

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
 * The programme officer's submission pages: a call's submissions with their eligibility,
 * one submission in full, and the admissibility decision.
 */
@Controller
@RequestMapping("/officer/submissions")
class OfficerSubmissionController {

	private final SubmissionQueries queries;

	private final EligibilityDecision eligibility;

	private final CallCatalogue calls;

	OfficerSubmissionController(SubmissionQueries queries, EligibilityDecision eligibility, CallCatalogue calls) {
		this.queries = queries;
		this.eligibility = eligibility;
		this.calls = calls;
	}

	@GetMapping
	String submissions(@RequestParam String call, @RequestParam(required = false) SubmissionState status, Model model,
			Principal principal) {
		model.addAttribute("call", this.calls.officerCall(principal.getName(), call));
		model.addAttribute("status", status);
		model.addAttribute("statuses", SubmissionState.values());
		model.addAttribute("submissions", this.queries.ofCall(principal.getName(), call, status));
		return "officer/submissions";
	}

	@GetMapping("/{reference}")
	String submission(@PathVariable String reference, Model model, Principal principal) {
		model.addAttribute("submission", this.queries.submission(principal.getName(), reference));
		if (!model.containsAttribute("decision")) {
			model.addAttribute("decision", new EligibilityForm());
		}
		return "officer/submission";
	}

	/**
	 * A refused decision shows the proposal again with the reasons beside the form's
	 * fields.
	 */
	@PostMapping("/{reference}/eligibility")
	String decide(@PathVariable String reference, @ModelAttribute("decision") EligibilityForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		try {
			if (!result.hasErrors()) {
				if (form.getEligible() == null) {
					throw InvalidInputException.of("eligible", "choose eligible or not eligible");
				}
				this.eligibility.decide(principal.getName(), reference, form.getEligible(), form.getComment());
				redirect.addFlashAttribute("message", "Decision recorded; the applicant is told.");
				return "redirect:/officer/submissions/" + reference;
			}
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
		}
		catch (StateConflictException refusal) {
			FormErrors.show(refusal, model);
		}
		return submission(reference, model, principal);
	}

}
