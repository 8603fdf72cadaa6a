package org.opencall.calls.process;

import java.time.Instant;

import org.opencall.calls.ReviewDecision;

/**
 * What {@code call-lifecycle}'s delegates, listeners and expressions ask of the calls
 * module, each step about the call the instance is about (its business key). The module
 * answers through a package-private adapter, so that no other module can take these
 * steps.
 */
public interface CallLifecycleSteps {

	/** Records the decision of the officer who completed the review task. */
	void recordReview(String reference, String reviewer, ReviewDecision decision, String comment);

	/** The call's terms in words, for the reviewer to decide on. */
	ReviewContext reviewContext(String reference);

	/** A sent-back call goes back for approval; the revision task was completed. */
	void resubmit(String reference, String officer);

	void publish(String reference);

	/** Closes the call; answers how many submissions still wait for their eligibility. */
	int close(String reference);

	Instant opening(String reference);

	Instant deadline(String reference);

	String programmeCode(String reference);

	/** Of the closed call's submissions, the ones found eligible: to evaluate. */
	int eligibleProposals(String reference);

	/** Whether an officer confirmed the experts' assignment, so that evaluation runs. */
	boolean isInEvaluation(String reference);

	/** Of the eligible proposals, the ones whose evaluation is not complete. */
	int unfinishedEvaluations(String reference);

	/** Every evaluation is complete: the call waits for its selection. */
	void handOverToSelection(String reference);

}
