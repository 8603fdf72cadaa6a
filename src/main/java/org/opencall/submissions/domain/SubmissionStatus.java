package org.opencall.submissions.domain;

/**
 * Where a proposal stands.
 */
public enum SubmissionStatus {

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
	INELIGIBLE

}
