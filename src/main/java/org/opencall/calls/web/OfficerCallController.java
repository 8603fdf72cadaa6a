package org.opencall.calls.web;

import java.security.Principal;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallDrafting;
import org.opencall.calls.CallReview;
import org.opencall.calls.CallView;
import org.opencall.calls.ReviewDecision;
import org.opencall.calls.CallState;
import org.opencall.platform.ActionForbiddenException;
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
 * The programme officer's pages: the calls of their programmes, drafting, editing,
 * submitting for approval and reviewing. Auditors read the same pages, for every
 * programme, without the forms.
 */
@Controller
@RequestMapping("/officer/calls")
class OfficerCallController {

	private static final String FORM = "officer/call-form";

	private final CallCatalogue catalogue;

	private final CallDrafting drafting;

	private final CallReview review;

	OfficerCallController(CallCatalogue catalogue, CallDrafting drafting, CallReview review) {
		this.catalogue = catalogue;
		this.drafting = drafting;
		this.review = review;
	}

	@GetMapping
	String list(Model model, Principal principal) {
		model.addAttribute("calls", this.catalogue.callsOf(principal.getName()));
		model.addAttribute("programmes", this.catalogue.readableProgrammes(principal.getName()));
		return "officer/calls";
	}

	@GetMapping("/new")
	String newCall(Model model, Principal principal) {
		if (this.catalogue.programmesOf(principal.getName()).isEmpty()) {
			throw new ActionForbiddenException("Only programme officers draft calls");
		}
		return showForm(model, principal, CallForm.empty(), false);
	}

	@PostMapping("/new")
	String draft(@ModelAttribute("form") CallForm form, BindingResult result, Model model, Principal principal) {
		if (result.hasErrors()) {
			return showForm(model, principal, form.padded(), false);
		}
		try {
			CallView call = this.drafting.draft(principal.getName(), form.getProgramme(), form.getReference(),
					form.toDraft());
			return "redirect:/officer/calls/" + call.reference();
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(form.onRows(refusal), result);
			return showForm(model, principal, form.padded(), false);
		}
	}

	@GetMapping("/{reference}")
	String call(@PathVariable String reference, Model model, Principal principal) {
		CallView call = this.catalogue.officerCall(principal.getName(), reference);
		// an auditor reads the call as its officers do, without their forms
		boolean canChange = this.catalogue.programmesOf(principal.getName())
			.stream()
			.anyMatch((programme) -> programme.code().equals(call.programmeCode()));
		model.addAttribute("call", call);
		model.addAttribute("canChange", canChange);
		model.addAttribute("canReview", canChange && call.status() == CallState.AWAITING_APPROVAL
				&& !call.preparedBy().contains(principal.getName()));
		if (!model.containsAttribute("review")) {
			model.addAttribute("review", new ReviewForm());
		}
		return "officer/call";
	}

	@GetMapping("/{reference}/edit")
	String edit(@PathVariable String reference, Model model, Principal principal) {
		CallView call = this.catalogue.callToChange(principal.getName(), reference);
		return showForm(model, principal, CallForm.of(call), true);
	}

	@PostMapping("/{reference}/edit")
	String revise(@PathVariable String reference, @ModelAttribute("form") CallForm form, BindingResult result,
			Model model, Principal principal) {
		form.setReference(reference);
		if (result.hasErrors()) {
			return showForm(model, principal, form.padded(), true);
		}
		try {
			this.drafting.revise(principal.getName(), reference, form.toDraft());
			return "redirect:/officer/calls/" + reference;
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(form.onRows(refusal), result);
			return showForm(model, principal, form.padded(), true);
		}
	}

	/** A refused submission shows the call again, saying why. */
	@PostMapping("/{reference}/submission")
	String submit(@PathVariable String reference, Model model, Principal principal, RedirectAttributes redirect) {
		try {
			this.drafting.submitForApproval(principal.getName(), reference);
			redirect.addFlashAttribute("message", "Submitted for approval.");
			return "redirect:/officer/calls/" + reference;
		}
		catch (InvalidInputException | StateConflictException refusal) {
			FormErrors.show(refusal, model);
		}
		return call(reference, model, principal);
	}

	/** A refused review shows the call again with the reason beside the form's fields. */
	@PostMapping("/{reference}/review")
	String review(@PathVariable String reference, @ModelAttribute("review") ReviewForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		try {
			if (!result.hasErrors()) {
				this.review.review(principal.getName(), reference, ReviewDecision.fromVariable(form.getDecision()),
						form.getComment());
				redirect.addFlashAttribute("message", "Decision recorded.");
				return "redirect:/officer/calls/" + reference;
			}
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
		}
		catch (StateConflictException refusal) {
			FormErrors.show(refusal, model);
		}
		return call(reference, model, principal);
	}

	private String showForm(Model model, Principal principal, CallForm form, boolean editing) {
		model.addAttribute("form", form);
		model.addAttribute("editing", editing);
		model.addAttribute("programmes", this.catalogue.programmesOf(principal.getName()));
		return FORM;
	}

}
