package org.opencall.submissions;

/**
 * Where a proposal stands, as pages, the API and other modules see it.
 */
public enum SubmissionState {

	/** Being written; not submitted yet. */
	DRAFT,
	/**
	 * Submitted against a receipt; may be resubmitted or withdrawn until the deadline.
	 */
	SUBMITTED,
	/** Withdrawn by the applicant before the deadline. */
	WITHDRAWN,
	/** Confirmed eligible and admissible; waits for the evaluation. */
	ELIGIBLE,
	/** Not eligible or not admissible, with the reasons. */
	INELIGIBLE;

	/** The applicant may still edit, resubmit or withdraw it (until the deadline). */
	public boolean isChangeable() {
		return this == DRAFT || this == SUBMITTED;
	}

}
