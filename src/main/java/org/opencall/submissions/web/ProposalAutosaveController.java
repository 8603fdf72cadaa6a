package org.opencall.submissions.web;

import java.net.URI;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.opencall.platform.FieldLabels;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.submissions.ProposalDrafting;
import org.opencall.submissions.SubmissionQueries;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The proposal page saves its draft a few seconds after each edit (the page's session and
 * CSRF token, the form's fields): edits a draft accepts are saved, and the answer lists
 * what still keeps the proposal from being submitted; edits it refuses save nothing and
 * the answer names every problem in the words of its field's label, while the page keeps
 * what was typed and warns before it is left.
 */
@RestController
@RequestMapping("/submissions")
class ProposalAutosaveController {

	private final ProposalDrafting drafting;

	private final SubmissionQueries queries;

	private final FieldLabels labels;

	private final MessageSource messages;

	ProposalAutosaveController(ProposalDrafting drafting, SubmissionQueries queries, FieldLabels labels,
			MessageSource messages) {
		this.drafting = drafting;
		this.queries = queries;
		this.labels = labels;
		this.messages = messages;
	}

	@PostMapping("/{reference}/draft")
	ResponseEntity<?> autosave(@PathVariable String reference, @ModelAttribute("form") ProposalForm form,
			BindingResult result, Principal principal) {
		String user = principal.getName();
		List<Problem> problems = new ArrayList<>();
		try {
			if (!result.hasErrors()) {
				this.drafting.edit(user, reference, form.toInput());
				List<Problem> missing = this.queries.own(user, reference)
					.missingForSubmission()
					.stream()
					.map(this::problem)
					.toList();
				return ResponseEntity.ok(new Saved(true, missing));
			}
			result.getFieldErrors()
				.forEach((error) -> problems.add(new Problem(error.getField(), this.labels.of(error.getField()),
						this.messages.getMessage(error, Locale.UK))));
			this.drafting.draftProblems(this.drafting.callOf(user, reference), form.toInput())
				.stream()
				.filter((v) -> problems.stream().noneMatch((p) -> p.field().equals(v.field())))
				.forEach((v) -> problems.add(problem(v)));
		}
		catch (InvalidInputException refusal) {
			refusal.violations().forEach((v) -> problems.add(problem(v)));
		}
		ProblemDetail refused = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				problems.size() + " field(s) need correcting; nothing was saved.");
		refused.setType(URI.create("/problems/invalid-input"));
		refused.setTitle("Invalid input");
		refused.setProperty("errors", problems);
		return ResponseEntity.badRequest().body(refused);
	}

	private Problem problem(FieldViolation violation) {
		return new Problem(violation.field(), this.labels.of(violation.field()), violation.reason());
	}

	/** A draft saved, and what still keeps it from being submitted. */
	record Saved(boolean saved, List<Problem> missingForSubmission) {
	}

	/** A field's problem, with the label the form gives the field. */
	record Problem(String field, String label, String reason) {
	}

}
