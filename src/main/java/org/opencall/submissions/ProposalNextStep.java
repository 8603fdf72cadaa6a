package org.opencall.submissions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.opencall.platform.FieldLabels;
import org.opencall.platform.FieldViolation;
import org.opencall.submissions.domain.Submission;

/**
 * What an applicant does next with a proposal, in words: what a draft still lacks before
 * it can be submitted (the same checks as the submit), that a submitted one may be
 * resubmitted until the deadline, or what happens to it now.
 */
final class ProposalNextStep {

	private static final String DOCUMENTS = "documents.";

	private final Set<String> mandatoryDocuments;

	private final FieldLabels labels;

	ProposalNextStep(Set<String> mandatoryDocuments, FieldLabels labels) {
		this.mandatoryDocuments = mandatoryDocuments;
		this.labels = labels;
	}

	/**
	 * @param missing what keeps the proposal from being submitted, as the submit finds it
	 * ({@link Submission#missingForSubmission}); read only for a draft
	 */
	String of(Submission proposal, Supplier<List<FieldViolation>> missing, Instant deadline, Instant now) {
		boolean open = now.isBefore(deadline);
		return switch (SubmissionState.valueOf(proposal.status().name())) {
			case DRAFT -> open ? toSubmit(missing.get())
					: "None: the deadline passed before it was submitted, so it takes no part in the call";
			case SUBMITTED -> open ? "Submitted — you may resubmit until the deadline, or withdraw it"
					: "Being checked for eligibility; you are mailed the decision";
			case WITHDRAWN -> "Withdrawn — it takes no part in the call";
			case ELIGIBLE -> "Eligible — it waits for the evaluation";
			case INELIGIBLE -> "Not eligible — read why on its page";
		};
	}

	/**
	 * "Upload the budget and submit", "Complete the team, upload the budget, then
	 * submit".
	 */
	private String toSubmit(List<FieldViolation> missing) {
		Set<String> toComplete = new LinkedHashSet<>();
		Set<String> toCorrect = new LinkedHashSet<>();
		Set<String> documentsMissing = new LinkedHashSet<>();
		for (FieldViolation violation : missing) {
			if (violation.field().startsWith(DOCUMENTS)) {
				documentsMissing.add(violation.field().substring(DOCUMENTS.length()));
				continue;
			}
			boolean absent = violation.reason().equals("is required") || violation.field().equals("declarations");
			(absent ? toComplete : toCorrect).add(lowerFirst(this.labels.of(violation.field())));
		}
		// in the order the settings name them, as the proposal page lists them
		List<String> documents = this.mandatoryDocuments.stream()
			.filter(documentsMissing::contains)
			.map((type) -> "the " + type.replace('-', ' '))
			.toList();
		List<String> steps = new ArrayList<>();
		if (!toComplete.isEmpty()) {
			steps.add("complete the " + and(List.copyOf(toComplete)));
		}
		if (!toCorrect.isEmpty()) {
			steps.add("correct the " + and(List.copyOf(toCorrect)));
		}
		if (!documents.isEmpty()) {
			steps.add("upload " + and(documents));
		}
		if (steps.isEmpty()) {
			return "Submit it before the deadline";
		}
		boolean oneThing = steps.size() == 1 && !steps.get(0).contains(" and ");
		String sentence = oneThing ? steps.get(0) + " and submit" : String.join(", ", steps) + ", then submit";
		return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1);
	}

	private static String and(List<String> parts) {
		if (parts.size() == 1) {
			return parts.get(0);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	private static String lowerFirst(String label) {
		// keep abbreviations as they are: "TRL"
		boolean abbreviation = label.length() > 1 && Character.isUpperCase(label.charAt(1));
		return abbreviation ? label : Character.toLowerCase(label.charAt(0)) + label.substring(1);
	}

}
