package org.opencall.evaluation.web;

import java.security.Principal;

import org.opencall.calls.CallCatalogue;
import org.opencall.evaluation.ExpertAssignments;
import org.opencall.evaluation.ExpertPanel;
import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officer's assignment page of a call: run the optimal assignment, read it per
 * proposal and per expert, swap an expert, confirm. Auditors read it without the forms.
 */
@Controller
@RequestMapping("/officer/calls/{reference}/assignment")
class AssignmentPageController {

	private final CallCatalogue calls;

	private final ExpertAssignments assignments;

	private final ExpertPanel panel;

	AssignmentPageController(CallCatalogue calls, ExpertAssignments assignments, ExpertPanel panel) {
		this.calls = calls;
		this.assignments = assignments;
		this.panel = panel;
	}

	@GetMapping
	String page(@PathVariable String reference, Model model, Principal principal) {
		model.addAttribute("call", this.calls.officerCall(principal.getName(), reference));
		model.addAttribute("assignment", this.assignments.of(principal.getName(), reference).orElse(null));
		model.addAttribute("panel", this.panel.acceptedExperts(reference));
		model.addAttribute("canChange", !this.calls.programmesOf(principal.getName()).isEmpty());
		return "officer/assignment";
	}

	@PostMapping
	String run(@PathVariable String reference, Model model, Principal principal, RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, () -> {
			this.assignments.run(principal.getName(), reference);
			return "Assignment computed: check it, swap experts where needed, then confirm it.";
		});
	}

	@PostMapping("/swaps")
	String swap(@PathVariable String reference, @RequestParam(required = false) String submission,
			@RequestParam(required = false) String out, @RequestParam(required = false) String in, Model model,
			Principal principal, RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, () -> {
			this.assignments.swap(principal.getName(), reference, submission, out, in);
			return "Swapped on " + submission + ": " + in + " in place of " + out + ".";
		});
	}

	@PostMapping("/confirmation")
	String confirm(@PathVariable String reference, Model model, Principal principal, RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, () -> {
			this.assignments.confirm(principal.getName(), reference);
			return "Assignment confirmed: the evaluations have started and each expert has their tasks.";
		});
	}

	/** A refused action shows the page again with the reason; nothing is changed. */
	private String act(String reference, Model model, Principal principal, RedirectAttributes redirect, Action action) {
		try {
			redirect.addFlashAttribute("message", action.run());
			return "redirect:/officer/calls/" + reference + "/assignment";
		}
		catch (InvalidInputException | StateConflictException refusal) {
			FormErrors.show(refusal, model);
		}
		return page(reference, model, principal);
	}

	@FunctionalInterface
	private interface Action {

		String run();

	}

}
