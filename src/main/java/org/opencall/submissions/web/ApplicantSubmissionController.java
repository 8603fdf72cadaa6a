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
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.ProposalSubmitting;
import org.opencall.submissions.ReceiptView;
import org.opencall.submissions.SubmissionQueries;
import org.opencall.submissions.SubmissionView;
import org.opencall.submissions.domain.Declaration;

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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's pages: their organisation's proposals, writing one for an open call,
 * uploading its documents, submitting (with a receipt), resubmitting and withdrawing.
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
		model.addAttribute("submissions", this.queries.mine(principal.getName()));
		model.addAttribute("openCalls", this.calls.publicCalls().stream().filter(CallView::isOpen).toList());
		return "submissions/list";
	}

	@GetMapping("/new")
	String newProposal(@RequestParam String call, Model model) {
		return form(model, this.calls.call(call, null), new ProposalForm(), null);
	}

	@PostMapping("/new")
	String draft(@RequestParam String call, @ModelAttribute("form") ProposalForm form, BindingResult result,
			Model model, Principal principal) {
		if (result.hasErrors()) {
			return form(model, this.calls.call(call, null), form, null);
		}
		try {
			String reference = this.drafting.draft(principal.getName(), call, form.toInput());
			return "redirect:/submissions/" + reference;
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
			return form(model, this.calls.call(call, null), form, null);
		}
	}

	@GetMapping("/{reference}")
	String submission(@PathVariable String reference, Model model, Principal principal) {
		SubmissionView submission = this.queries.submission(principal.getName(), reference);
		return form(model, this.calls.call(submission.callReference(), null), ProposalForm.of(submission), submission);
	}

	@PostMapping("/{reference}")
	String edit(@PathVariable String reference, @ModelAttribute("form") ProposalForm form, BindingResult result,
			Model model, Principal principal, RedirectAttributes redirect) {
		try {
			if (!result.hasErrors()) {
				this.drafting.edit(principal.getName(), reference, form.toInput());
				redirect.addFlashAttribute("message", "Saved.");
				return "redirect:/submissions/" + reference;
			}
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
		}
		catch (StateConflictException refusal) {
			FormErrors.show(refusal, model);
		}
		SubmissionView submission = this.queries.submission(principal.getName(), reference);
		return form(model, this.calls.call(submission.callReference(), null), form, submission);
	}

	@PostMapping("/{reference}/documents")
	String upload(@PathVariable String reference, @RequestParam String type, @RequestParam MultipartFile file,
			Model model, Principal principal, RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, "Document uploaded.", () -> this.drafting
			.upload(principal.getName(), reference, type, file.getOriginalFilename(), file.getBytes()));
	}

	@PostMapping("/{reference}/submission")
	String submit(@PathVariable String reference, @RequestParam(required = false) String idempotencyKey, Model model,
			Principal principal, RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, null, () -> {
			ReceiptView receipt = this.submitting.submit(principal.getName(), reference, idempotencyKey);
			redirect.addFlashAttribute("receipt", receipt);
			return receipt;
		});
	}

	@PostMapping("/{reference}/withdrawal")
	String withdraw(@PathVariable String reference, Model model, Principal principal, RedirectAttributes redirect) {
		return act(reference, model, principal, redirect, "Withdrawn.", () -> {
			this.submitting.withdraw(principal.getName(), reference);
			return null;
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
	 * Acts on the proposal and goes back to it; a refusal shows the proposal again,
	 * saying why, with the refusal's status.
	 */
	private String act(String reference, Model model, Principal principal, RedirectAttributes redirect, String success,
			Action action) {
		try {
			action.run();
			if (success != null) {
				redirect.addFlashAttribute("message", success);
			}
			return "redirect:/submissions/" + reference;
		}
		catch (InvalidInputException | StateConflictException | IdempotencyKeyReusedException refusal) {
			FormErrors.show(refusal, model);
		}
		catch (IOException ex) {
			FormErrors.show(InvalidInputException.of("file", "could not be read; try again"), model);
		}
		SubmissionView submission = this.queries.submission(principal.getName(), reference);
		return form(model, this.calls.call(submission.callReference(), null), ProposalForm.of(submission), submission);
	}

	private String form(Model model, CallView call, ProposalForm form, SubmissionView submission) {
		model.addAttribute("call", call);
		model.addAttribute("form", form);
		model.addAttribute("submission", submission);
		model.addAttribute("declarationOptions", Declaration.values());
		model.addAttribute("documentTypes", this.drafting.documentTypes());
		model.addAttribute("mandatoryDocuments", this.drafting.mandatoryDocuments());
		model.addAttribute("idempotencyKey", UUID.randomUUID().toString());
		return "submissions/form";
	}

	@FunctionalInterface
	private interface Action {

		Object run() throws IOException;

	}

}
