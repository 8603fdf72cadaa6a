package org.opencall.submissions.web;

import java.io.IOException;
import java.security.Principal;
import java.util.UUID;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.platform.FormErrors;
import org.opencall.platform.IdempotencyKeyReusedException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;
import org.opencall.submissions.OwnProposal;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.ProposalSubmitting;
import org.opencall.submissions.ReceiptView;
import org.opencall.submissions.SubmissionQueries;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's pages: their organisation's proposals, writing one for an open call,
 * uploading its documents, submitting (with a receipt), resubmitting and withdrawing. The
 * proposal page is one form: each of its buttons posts the fields and the chosen document
 * with it, and they are saved before the button's action, so that no edit is lost; a
 * refusal shows the form again as sent, every reason beside its field.
 */
@Controller
@RequestMapping("/submissions")
class ApplicantSubmissionController {

	private final ProposalDrafting drafting;

	private final ProposalSubmitting submitting;

	private final SubmissionQueries queries;

	private final CallCatalogue calls;

	ApplicantSubmissionController(ProposalDrafting drafting, ProposalSubmitting submitting, SubmissionQueries queries,
			CallCatalogue calls) {
		this.drafting = drafting;
		this.submitting = submitting;
		this.queries = queries;
		this.calls = calls;
	}

	@GetMapping
	String submissions(Model model, Principal principal) {
		model.addAttribute("proposals", this.queries.ownProposals(principal.getName()));
		model.addAttribute("openCalls", this.calls.publicCalls().stream().filter(CallView::isOpen).toList());
		return "submissions/list";
	}

	@GetMapping("/new")
	String newProposal(@RequestParam String call, Model model) {
		return ProposalPage.fresh(model, this.calls.call(call, null), new ProposalForm(), this.drafting);
	}

	@PostMapping("/new")
	String draft(@RequestParam String call, @ModelAttribute("form") ProposalForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		try {
			if (!result.hasErrors()) {
				String reference = this.drafting.draft(principal.getName(), call, form.toInput());
				redirect.addFlashAttribute("message", "Draft saved. Upload its documents below.");
				return "redirect:/submissions/" + reference;
			}
			ProposalErrors.bindOthers(this.drafting.draftProblems(call, form.toInput()), result);
		}
		catch (InvalidInputException refusal) {
			ProposalErrors.bind(refusal, result);
		}
		return ProposalPage.fresh(model, this.calls.call(call, null), form, this.drafting);
	}

	@GetMapping("/{reference}")
	String submission(@PathVariable String reference, Model model, Principal principal) {
		OwnProposal proposal = this.queries.own(principal.getName(), reference);
		return page(model, proposal, ProposalForm.of(proposal.workingCopy()));
	}

	/** Saves the draft (and uploads a document chosen with it). */
	@PostMapping("/{reference}")
	String save(@PathVariable String reference, @ModelAttribute("form") ProposalForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		return act(reference, true, form, result, model, principal, redirect, () -> null);
	}

	@PostMapping("/{reference}/documents")
	String upload(@PathVariable String reference, @RequestParam(defaultValue = "false") boolean withEdits,
			@ModelAttribute("form") ProposalForm form, BindingResult result, Model model, Principal principal,
			RedirectAttributes redirect) {
		if (!form.hasDocument()) {
			result.rejectValue("documentFile", "invalid", "choose a PDF file to upload");
		}
		return act(reference, withEdits, form, result, model, principal, redirect, () -> null);
	}

	@PostMapping("/{reference}/submission")
	String submit(@PathVariable String reference, @RequestParam(defaultValue = "false") boolean withEdits,
			@RequestParam(required = false) String idempotencyKey, @ModelAttribute("form") ProposalForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		return act(reference, withEdits, form, result, model, principal, redirect, () -> {
			ReceiptView receipt = this.submitting.submit(principal.getName(), reference, idempotencyKey);
			redirect.addFlashAttribute("receipt", receipt);
			return "Submitted.";
		});
	}

	@PostMapping("/{reference}/withdrawal")
	String withdraw(@PathVariable String reference, @RequestParam(defaultValue = "false") boolean withEdits,
			@ModelAttribute("form") ProposalForm form, BindingResult result, Model model, Principal principal,
			RedirectAttributes redirect) {
		return act(reference, withEdits, form, result, model, principal, redirect, () -> {
			this.submitting.withdraw(principal.getName(), reference);
			return "Withdrawn: the proposal has left the call and will not be evaluated.";
		});
	}

	@GetMapping("/{reference}/documents/{id}")
	@ResponseBody
	ResponseEntity<StreamingResponseBody> document(@PathVariable String reference, @PathVariable UUID id,
			Principal principal) {
		return DocumentResponse.of(reference + "-" + id + ".pdf",
				this.queries.document(principal.getName(), reference, id));
	}

	/**
	 * Saves the edits sent with the action (refused: nothing is saved or done), then
	 * uploads the chosen document, then acts; whatever is refused shows the form again as
	 * sent, saying what was saved.
	 */
	private String act(String reference, boolean withEdits, ProposalForm form, BindingResult result, Model model,
			Principal principal, RedirectAttributes redirect, Action action) {
		String user = principal.getName();
		boolean saved = false;
		try {
			if (withEdits) {
				if (result.hasErrors()) {
					ProposalErrors.bindOthers(
							this.drafting.draftProblems(this.drafting.callOf(user, reference), form.toInput()), result);
					return refused(reference, form, model, principal, false);
				}
				this.drafting.edit(user, reference, form.toInput());
				saved = true;
			}
			else if (result.hasErrors()) {
				return refused(reference, form, model, principal, false);
			}
			String uploaded = null;
			if (form.hasDocument()) {
				uploaded = this.drafting
					.upload(user, reference, form.getDocumentType(), form.getDocumentFile().getOriginalFilename(),
							form.getDocumentFile().getBytes())
					.fileName();
				saved = true;
			}
			String done = action.run();
			String message = ProposalPage.savedMessage(withEdits, uploaded, done);
			if (done == null && !this.queries.own(user, reference).againstCallRules().isEmpty()) {
				message += " The draft does not meet the call's rules yet: it is saved, but cannot be submitted"
						+ " until it does (see Ready to submit).";
			}
			redirect.addFlashAttribute("message", message);
			return "redirect:/submissions/" + reference;
		}
		catch (InvalidInputException refusal) {
			ProposalErrors.bind(refusal, result);
		}
		catch (StateConflictException | IdempotencyKeyReusedException refusal) {
			FormErrors.show(refusal, model);
		}
		catch (IOException ex) {
			result.rejectValue("documentFile", "invalid", "could not be read; choose it again");
		}
		return refused(reference, form, model, principal, saved);
	}

	private String refused(String reference, ProposalForm form, Model model, Principal principal, boolean saved) {
		ProposalPage.refusal(model, saved, form.hasDocument());
		return page(model, this.queries.own(principal.getName(), reference), form);
	}

	private String page(Model model, OwnProposal proposal, ProposalForm form) {
		return ProposalPage.of(model, this.calls.call(proposal.workingCopy().callReference(), null), proposal, form,
				this.drafting);
	}

	@FunctionalInterface
	private interface Action {

		/** Acts and answers what to tell, or null when saving was all. */
		String run() throws IOException;

	}

}
