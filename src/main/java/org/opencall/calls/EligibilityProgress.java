package org.opencall.calls;

/**
 * Tells a closing call how many of its submissions still wait for their eligibility
 * decision; the submissions module answers. The call's process moves on when none does.
 */
public interface EligibilityProgress {

	int awaitingEligibility(String callReference);

	/** Of the call's submissions, the ones found eligible and admissible: to evaluate. */
	int eligibleProposals(String callReference);

}
