package org.opencall.calls;

/**
 * Where a call stands, as pages, the API and other modules see it.
 */
public enum CallState {

	/** Being prepared by programme officers; not public. */
	DRAFT("Draft"),
	/** Prepared and waiting for a second officer's approval. */
	AWAITING_APPROVAL("Awaiting approval"),
	/** Sent back by the approver with a comment; being revised. */
	SENT_BACK("Sent back for revision"),
	/** Approved; publishes itself at its opening time. */
	SCHEDULED("Upcoming"),
	/** Public and accepting submissions until its deadline. */
	OPEN("Open for submissions"),
	/** Past its deadline; eligibility is being decided. */
	CLOSED("Closed"),
	/** Experts evaluate its eligible proposals. */
	IN_EVALUATION("In evaluation"),
	/** Every eligible proposal is evaluated; waits for its selection. */
	EVALUATED("Evaluated, awaiting selection"),
	/** Its funding decision is taken; every applicant has their result letter. */
	DECIDED("Funding decided");

	private final String label;

	CallState(String label) {
		this.label = label;
	}

	/** The state in words, as every page shows it. */
	public String label() {
		return this.label;
	}

	public boolean isEditable() {
		return this == DRAFT || this == SENT_BACK;
	}

	public boolean isPublic() {
		return this != DRAFT && this != AWAITING_APPROVAL && this != SENT_BACK;
	}

}
