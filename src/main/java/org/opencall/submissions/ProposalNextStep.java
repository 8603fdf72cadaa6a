package org.opencall.submissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.opencall.platform.FieldLabels;
import org.opencall.platform.FieldViolation;
import org.opencall.submissions.domain.Submission;

/**
 * What an applicant does next with a proposal, in words: what a draft still lacks before
 * it can be submitted (the same checks as the submit), that a submitted one may be
 * resubmitted until the deadline, or what happens to it now.
 */
final class ProposalNextStep {

	private final Set<String> mandatoryDocuments;

	private final FieldLabels labels;

	ProposalNextStep(Set<String> mandatoryDocuments, FieldLabels labels) {
		this.mandatoryDocuments = mandatoryDocuments;
		this.labels = labels;
	}

	String of(Submission proposal, Instant deadline, BigDecimal maxGrant, Instant now) {
		boolean open = now.isBefore(deadline);
		return switch (SubmissionState.valueOf(proposal.status().name())) {
			case DRAFT -> open ? toSubmit(proposal, maxGrant)
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
	private String toSubmit(Submission proposal, BigDecimal maxGrant) {
		Set<String> toComplete = new LinkedHashSet<>();
		Set<String> toCorrect = new LinkedHashSet<>();
		List<FieldViolation> violations = new ArrayList<>(proposal.content().draftViolations());
		violations.addAll(proposal.content().missingForSubmission());
		BigDecimal requested = proposal.content().requestedAmount();
		if (requested != null && maxGrant != null && requested.compareTo(maxGrant) > 0) {
			violations.add(new FieldViolation("requestedAmount", "must not exceed the maximum grant"));
		}
		for (FieldViolation violation : violations) {
			boolean missing = violation.reason().equals("is required") || violation.field().equals("declarations");
			(missing ? toComplete : toCorrect).add(lowerFirst(this.labels.of(violation.field())));
		}
		List<String> documents = this.mandatoryDocuments.stream()
			.filter((type) -> proposal.documents().stream().noneMatch((d) -> d.type().equals(type)))
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
