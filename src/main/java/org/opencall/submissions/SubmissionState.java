package org.opencall.submissions;

/**
 * Where a proposal stands, as pages, the API and other modules see it.
 */
public enum SubmissionState {

	/** Being written; not submitted yet. */
	DRAFT("Draft, not submitted"),
	/**
	 * Submitted against a receipt; may be resubmitted or withdrawn until the deadline.
	 */
	SUBMITTED("Submitted"),
	/** Withdrawn by the applicant before the deadline. */
	WITHDRAWN("Withdrawn"),
	/** Confirmed eligible and admissible; waits for the evaluation. */
	ELIGIBLE("Eligible"),
	/** Not eligible or not admissible, with the reasons. */
	INELIGIBLE("Not eligible");

	private final String label;

	SubmissionState(String label) {
		this.label = label;
	}

	/** The state in words, as every page shows it. */
	public String label() {
		return this.label;
	}

	/** The applicant may still edit, resubmit or withdraw it (until the deadline). */
	public boolean isChangeable() {
		return this == DRAFT || this == SUBMITTED;
	}

}
