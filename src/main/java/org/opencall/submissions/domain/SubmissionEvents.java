package org.opencall.submissions.domain;

import java.util.List;

/**
 * What happens to a proposal, past tense: each transition of {@link Submission} answers
 * one. Each event names the proposal, its call and its applicant, and carries what the
 * applicant is told. Two are told by the {@code submission} process rather than by the
 * request that caused them: a first submission is received when the process acknowledges
 * it (apart from the submit, retried by the engine), and the eligibility decision when
 * the process notifies the applicant.
 */
public final class SubmissionEvents {

	private SubmissionEvents() {
	}

	/** A version of the proposal was submitted and got its receipt. */
	public sealed interface SubmissionSubmitted permits SubmissionReceived, SubmissionResubmitted {

		String reference();

		Receipt receipt();

	}

	/** The proposal's first submission: its first receipt. */
	public record SubmissionReceived(String reference, String callReference, String applicant, String title,
			Receipt receipt) implements SubmissionSubmitted {
	}

	/** A later version of the proposal replaced the one submitted before it. */
	public record SubmissionResubmitted(String reference, String callReference, String applicant, String title,
			Receipt receipt) implements SubmissionSubmitted {
	}

	/** The applicant withdrew the proposal (submitted or still a draft). */
	public record SubmissionWithdrawn(String reference, String callReference, String applicant, boolean wasSubmitted) {
	}

	/** The officer's admissibility decision on a submitted proposal. */
	public sealed interface EligibilityDecided permits SubmissionFoundEligible, SubmissionFoundNotEligible {

		String reference();

	}

	public record SubmissionFoundEligible(String reference, String callReference, String applicant, String title,
			String decidedBy) implements EligibilityDecided {
	}

	/** Not eligible: the rules' reasons and the officer's comment, if any. */
	public record SubmissionFoundNotEligible(String reference, String callReference, String applicant, String title,
			String decidedBy, List<String> reasons, String comment) implements EligibilityDecided {

		public SubmissionFoundNotEligible {
			reasons = List.copyOf(reasons);
		}

	}

}
