package org.opencall.submissions;

import org.opencall.calls.EligibilityProgress;
import org.opencall.submissions.domain.SubmissionRepository;

import org.springframework.stereotype.Component;

/**
 * Tells a closing call how many of its submissions wait for their eligibility decision.
 */
@Component
class SubmissionEligibilityProgress implements EligibilityProgress {

	private final SubmissionRepository submissions;

	SubmissionEligibilityProgress(SubmissionRepository submissions) {
		this.submissions = submissions;
	}

	@Override
	public int awaitingEligibility(String callReference) {
		return this.submissions.countAwaitingEligibility(callReference);
	}

	@Override
	public int eligibleProposals(String callReference) {
		return this.submissions.countEligible(callReference);
	}

}
