package org.opencall.submissions.process;

import java.time.Instant;

/**
 * What {@code submission}'s delegates, listeners and expressions ask of the submissions
 * module, each step about the submission the instance is about (its business key). The
 * module answers through a package-private adapter, so that no other module can take
 * these steps.
 */
public interface SubmissionSteps {

	/** Tells that the first submission was received, with its receipt. */
	void acknowledge(String reference);

	/**
	 * Applies the eligibility table to the latest submitted version; answers what it
	 * found.
	 */
	RuleFindings applyRules(String reference);

	/** Records the decision of the officer who completed the admissibility task. */
	void recordEligibility(String reference, String officer, boolean eligible, String comment);

	/** Tells the applicant the eligibility decision and, if not eligible, why. */
	void notifyApplicant(String reference);

	/** The deadline of the submission's call, after which its eligibility is decided. */
	Instant deadline(String reference);

	/** Whether the proposal was withdrawn, so that nothing is left to decide. */
	boolean isWithdrawn(String reference);

	/** The programme whose officers check the submission's admissibility. */
	String programmeCode(String reference);

}
