package org.opencall.submissions.domain;

import java.util.List;

import org.opencall.platform.Audited;

/**
 * What happens to a proposal, past tense: each transition of {@link Submission} answers
 * one. Each event names the proposal, its call and its applicant, and carries what the
 * applicant is told. Two are told by the {@code submission} process rather than by the
 * request that caused them: a first submission is received when the process acknowledges
 * it (apart from the submit, retried by the engine), and the eligibility decision when
 * the process notifies the applicant; the decision itself is kept when the officer takes
 * it ({@link EligibilityDecisionTaken}). The audit trail keeps each under the proposal
 * and its call.
 */
public final class SubmissionEvents {

	private SubmissionEvents() {
	}

	/** An event of one proposal, kept under the proposal and its call. */
	interface OfProposal extends Audited {

		String reference();

		String callReference();

		@Override
		default List<String> auditSubjects() {
			return List.of(reference(), callReference());
		}

	}

	/** A version of the proposal was submitted and got its receipt. */
	public sealed interface SubmissionSubmitted extends OfProposal permits SubmissionReceived, SubmissionResubmitted {

		@Override
		String reference();

		Receipt receipt();

	}

	/** The proposal's first submission: its first receipt. */
	public record SubmissionReceived(String reference, String callReference, String applicant, String title,
			Receipt receipt) implements SubmissionSubmitted {

		@Override
		public String auditActor() {
			return this.applicant;
		}

	}

	/** A later version of the proposal replaced the one submitted before it. */
	public record SubmissionResubmitted(String reference, String callReference, String applicant, String title,
			Receipt receipt) implements SubmissionSubmitted {

		@Override
		public String auditActor() {
			return this.applicant;
		}

	}

	/** The applicant withdrew the proposal (submitted or still a draft). */
	public record SubmissionWithdrawn(String reference, String callReference, String applicant,
			boolean wasSubmitted) implements OfProposal {

		@Override
		public String auditActor() {
			return this.applicant;
		}

	}

	/**
	 * An officer decided whether the proposal is admissible: eligible or not, what the
	 * call's eligibility rules had found ({@code ruleReasons}, empty when the rules found
	 * it eligible), whether the officer overrode them, and their comment (required for an
	 * override).
	 */
	public record EligibilityDecisionTaken(String reference, String callReference, boolean eligible,
			boolean overridesRules, List<String> ruleReasons, String comment, String decidedBy) implements OfProposal {

		public EligibilityDecisionTaken {
			ruleReasons = List.copyOf(ruleReasons);
		}

		@Override
		public String auditActor() {
			return this.decidedBy;
		}

	}

	/**
	 * The officer's admissibility decision on a submitted proposal, as Opencall tells it
	 * to the applicant.
	 */
	public sealed interface EligibilityDecided extends OfProposal
			permits SubmissionFoundEligible, SubmissionFoundNotEligible {

		@Override
		String reference();

		/** Opencall tells the applicant; the officer's decision is kept on its own. */
		@Override
		default String auditActor() {
			return null;
		}

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
