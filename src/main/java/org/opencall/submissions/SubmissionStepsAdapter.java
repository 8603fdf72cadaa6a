package org.opencall.submissions;

import java.time.Instant;

import org.opencall.submissions.process.RuleFindings;
import org.opencall.submissions.process.SubmissionSteps;

import org.springframework.stereotype.Component;

/**
 * The submissions module's answer to its process: the steps {@code submission} takes, on
 * the use cases that apply them. Package-private, like those use case methods.
 */
@Component
class SubmissionStepsAdapter implements SubmissionSteps {

	private final SubmissionAcknowledgement acknowledgement;

	private final EligibilityDecision eligibility;

	SubmissionStepsAdapter(SubmissionAcknowledgement acknowledgement, EligibilityDecision eligibility) {
		this.acknowledgement = acknowledgement;
		this.eligibility = eligibility;
	}

	@Override
	public void acknowledge(String reference) {
		this.acknowledgement.acknowledge(reference);
	}

	@Override
	public RuleFindings applyRules(String reference) {
		return this.eligibility.applyRules(reference);
	}

	@Override
	public void recordEligibility(String reference, String officer, boolean eligible, String comment) {
		this.eligibility.record(reference, officer, eligible, comment);
	}

	@Override
	public void notifyApplicant(String reference) {
		this.eligibility.notifyApplicant(reference);
	}

	@Override
	public Instant deadline(String reference) {
		return this.eligibility.deadline(reference);
	}

	@Override
	public String programmeCode(String reference) {
		return this.eligibility.programmeCode(reference);
	}

	@Override
	public boolean isWithdrawn(String reference) {
		return this.eligibility.isWithdrawn(reference);
	}

}
