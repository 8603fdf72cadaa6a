package org.opencall.needs.web;

import java.security.Principal;

import org.opencall.needs.NeedBacklog;
import org.opencall.needs.NeedClarification;
import org.opencall.needs.NeedSubmission;
import org.opencall.needs.NeedView;
import org.opencall.needs.domain.CareSetting;
import org.opencall.needs.domain.ConfidentialField;
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
 * The need owner's pages: their organisation's needs, stating and editing a need,
 * answering a question.
 */
@Controller
@RequestMapping("/needs")
class NeedOwnerController {

	private final NeedSubmission submission;

	private final NeedBacklog backlog;

	private final NeedClarification clarification;

	NeedOwnerController(NeedSubmission submission, NeedBacklog backlog, NeedClarification clarification) {
		this.submission = submission;
		this.backlog = backlog;
		this.clarification = clarification;
	}

	@GetMapping
	String needs(Model model, Principal principal) {
		model.addAttribute("needs", this.backlog.ofMyOrganisation(principal.getName()));
		return "needs/list";
	}

	@GetMapping("/new")
	String newNeed(Model model) {
		return form(model, new NeedForm(), null);
	}

	@PostMapping("/new")
	String submit(@ModelAttribute("form") NeedForm form, BindingResult result, Model model, Principal principal) {
		if (result.hasErrors()) {
			return form(model, form, null);
		}
		try {
			String reference = this.submission.submit(principal.getName(), form.toInput(),
					Uploads.of(form.getAttachments()));
			return "redirect:/needs/" + reference;
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(AttachmentErrors.besideTheUpload(refusal, form), result);
			return form(model, form, null);
		}
	}

	@GetMapping("/{reference}")
	String need(@PathVariable String reference, Model model, Principal principal) {
		model.addAttribute("need", this.backlog.need(principal.getName(), reference));
		if (!model.containsAttribute("clarification")) {
			model.addAttribute("clarification", new AnswerForm());
		}
		return "needs/detail";
	}

	@GetMapping("/{reference}/edit")
	String edit(@PathVariable String reference, Model model, Principal principal) {
		NeedView need = this.backlog.need(principal.getName(), reference);
		return form(model, NeedForm.of(need), reference);
	}

	@PostMapping("/{reference}/edit")
	String revise(@PathVariable String reference, @ModelAttribute("form") NeedForm form, BindingResult result,
			Model model, Principal principal) {
		if (result.hasErrors()) {
			return form(model, form, reference);
		}
		try {
			this.submission.edit(principal.getName(), reference, form.toInput());
			return "redirect:/needs/" + reference;
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
			return form(model, form, reference);
		}
	}

	/** A refused answer shows the need again with the reason beside the answer. */
	@PostMapping("/{reference}/clarification")
	String answer(@PathVariable String reference, @ModelAttribute("clarification") AnswerForm form,
			BindingResult result, Model model, Principal principal, RedirectAttributes redirect) {
		try {
			if (!result.hasErrors()) {
				this.clarification.answer(principal.getName(), reference, form.getAnswer());
				redirect.addFlashAttribute("message", "Your answer was sent; the need is back in triage.");
				return "redirect:/needs/" + reference;
			}
		}
		catch (InvalidInputException refusal) {
			FormErrors.bind(refusal, result);
		}
		catch (StateConflictException refusal) {
			FormErrors.show(refusal, model);
		}
		return need(reference, model, principal);
	}

	private String form(Model model, NeedForm form, String reference) {
		if (!Uploads.of(form.getAttachments()).isEmpty()) {
			model.addAttribute("chooseFilesAgain",
					"The files you chose were not attached; choose them again (a page cannot keep files you chose).");
		}
		model.addAttribute("form", form);
		model.addAttribute("reference", reference);
		model.addAttribute("careSettings", CareSetting.values());
		model.addAttribute("urgencies", Urgency.values());
		model.addAttribute("confidentialOptions", ConfidentialField.values());
		return "needs/form";
	}

}
