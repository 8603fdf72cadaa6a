package org.opencall.contracting.web;

import java.security.Principal;
import java.util.List;

import org.opencall.contracting.AgreementApproval;
import org.opencall.contracting.Amending;
import org.opencall.contracting.CompanyAnswer;
import org.opencall.contracting.GrantQueries;
import org.opencall.contracting.GrantView;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.PdfDownload;
import org.opencall.platform.StateConflictException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The grants' pages: the list (a company's own, an officer's programmes'), a grant with
 * its agreement versions, its PDF, the company's answer while it is offered, the
 * officers' preparation and approval, and amendments.
 */
@Controller
class GrantPageController {

	private final GrantQueries queries;

	private final AgreementApproval approval;

	private final CompanyAnswer answer;

	private final Amending amending;

	GrantPageController(GrantQueries queries, AgreementApproval approval, CompanyAnswer answer, Amending amending) {
		this.queries = queries;
		this.approval = approval;
		this.answer = answer;
		this.amending = amending;
	}

	@GetMapping("/grants")
	String list(Model model, Principal principal) {
		model.addAttribute("grants", this.queries.visibleTo(principal.getName()));
		return "grants/list";
	}

	@GetMapping("/grants/{reference}")
	String page(@PathVariable String reference, Model model, Principal principal) {
		GrantView grant = this.queries.grant(principal.getName(), reference);
		model.addAttribute("grant", grant);
		return "grants/detail";
	}

	@GetMapping("/grants/{reference}/agreement.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable String reference, @RequestParam(required = false) Integer version,
			Principal principal) {
		return PdfDownload.of("grant-agreement-" + reference + ((version != null) ? "-v" + version : "") + ".pdf",
				this.queries.pdf(principal.getName(), reference, version));
	}

	@PostMapping("/grants/{reference}/acceptance")
	String accept(@PathVariable String reference, @RequestParam(required = false) List<String> declarations,
			Model model, Principal principal, RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, "The grant agreement is accepted: the grant is signed.",
				() -> this.answer.accept(principal.getName(), reference, declarations));
	}

	@PostMapping("/grants/{reference}/decline")
	String decline(@PathVariable String reference, @RequestParam(required = false) String reason, Model model,
			Principal principal, RedirectAttributes redirect) {
		model.addAttribute("declineReason", reason);
		return act(reference, model, principal, redirect, "You declined the grant agreement.",
				() -> this.answer.decline(principal.getName(), reference, reason));
	}

	@PostMapping("/grants/{reference}/preparation")
	String prepare(@PathVariable String reference, Model model, Principal principal, RedirectAttributes redirect) {
		return act(reference, model, principal, redirect,
				"The agreement is prepared: a second officer of the programme approves it or sends it back.",
				() -> this.approval.prepare(principal.getName(), reference));
	}

	@PostMapping("/grants/{reference}/approval")
	String review(@PathVariable String reference, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String comment, Model model, Principal principal,
			RedirectAttributes redirect) {
		model.addAttribute("reviewComment", comment);
		return act(reference, model, principal, redirect,
				"approve".equals(decision) ? "The agreement is approved and offered to the company."
						: "The agreement is sent back for preparation.",
				() -> this.approval.review(principal.getName(), reference, decision, comment));
	}

	@PostMapping("/grants/{reference}/amendments/{number}/approval")
	String approveAmendment(@PathVariable String reference, @PathVariable int number, Model model, Principal principal,
			RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, "Your approval of amendment " + number + " is recorded.",
				() -> this.amending.approve(principal.getName(), reference, number));
	}

	@PostMapping("/grants/{reference}/amendments/{number}/refusal")
	String refuseAmendment(@PathVariable String reference, @PathVariable int number,
			@RequestParam(required = false) String reason, Model model, Principal principal,
			RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, "Amendment " + number + " is refused.",
				() -> this.amending.refuse(principal.getName(), reference, number, reason));
	}

	@GetMapping("/grants/{reference}/amendment")
	String amendmentForm(@PathVariable String reference, Model model, Principal principal) {
		GrantView grant = this.queries.grant(principal.getName(), reference);
		model.addAttribute("grant", grant);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", AgreementForm.of(grant.agreement()).withEmptyRows());
		}
		return "grants/amendment";
	}

	@PostMapping("/grants/{reference}/amendment")
	String requestAmendment(@PathVariable String reference, @ModelAttribute("form") AgreementForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		try {
			int number = this.amending.request(principal.getName(), reference, form.getReason(), form.toInput());
			redirect.addFlashAttribute("message",
					"Amendment " + number + " is requested: two officers of the programme decide it.");
			return "redirect:/grants/" + reference;
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
			FormErrors.show(refusal, model);
		}
		catch (StateConflictException | ActionForbiddenException refusal) {
			FormErrors.showOnForm(refusal, result, model);
		}
		return amendmentForm(reference, model, principal);
	}

	private String act(String reference, Model model, Principal principal, RedirectAttributes redirect, String done,
			Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("message", done);
			return "redirect:/grants/" + reference;
		}
		catch (InvalidInputException | StateConflictException refusal) {
			FormErrors.show(refusal, model);
		}
		return page(reference, model, principal);
	}

}
