package org.opencall.contracting.web;

import java.security.Principal;

import org.opencall.contracting.AgreementDrafting;
import org.opencall.contracting.GrantQueries;
import org.opencall.contracting.GrantView;
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

/**
 * The officer's edit page of a grant agreement being prepared: amount, period, host
 * organisation, the needs it answers, milestones, payment plan and indicators, each
 * refusal beside its field.
 */
@Controller
class AgreementPageController {

	private final GrantQueries queries;

	private final AgreementDrafting drafting;

	AgreementPageController(GrantQueries queries, AgreementDrafting drafting) {
		this.queries = queries;
		this.drafting = drafting;
	}

	@GetMapping("/grants/{reference}/agreement")
	String form(@PathVariable String reference, Model model, Principal principal) {
		GrantView grant = this.queries.grant(principal.getName(), reference);
		if (!grant.actions().editDraft()) {
			throw new ActionForbiddenException("The agreement of grant " + reference
					+ " is edited by an officer of its programme while it is being prepared");
		}
		model.addAttribute("grant", grant);
		model.addAttribute("hosts", this.drafting.hostOptions(principal.getName(), reference));
		model.addAttribute("needs", this.drafting.needs(principal.getName(), reference));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AgreementForm.of(grant.agreement()).withEmptyRows());
		}
		return "grants/agreement";
	}

	@PostMapping("/grants/{reference}/agreement")
	String save(@PathVariable String reference, @ModelAttribute("form") AgreementForm form, BindingResult result,
			Model model, Principal principal) {
		try {
			this.drafting.draft(principal.getName(), reference, form.toInput());
			model.addAttribute("message", "The draft is saved. Prepare it on the grant's page when it is ready.");
			model.addAttribute("form",
					AgreementForm.of(this.queries.grant(principal.getName(), reference).agreement()).withEmptyRows());
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
			FormErrors.show(refusal, model);
		}
		catch (StateConflictException refusal) {
			FormErrors.showOnForm(refusal, result, model);
		}
		return form(reference, model, principal);
	}

}
