package org.opencall.calls.domain;

/**
 * Where a call stands in its publication.
 */
public enum CallStatus {

	/** Being prepared by programme officers; not public. */
	DRAFT,
	/** Prepared and waiting for a second officer's approval. */
	AWAITING_APPROVAL,
	/** Sent back by the approver with a comment; being revised. */
	SENT_BACK,
	/** Approved; publishes itself at its opening time. */
	SCHEDULED,
	/** Public and accepting submissions until its deadline. */
	OPEN,
	/** Past its deadline; eligibility is being decided. */
	CLOSED,
	/** Experts evaluate its eligible proposals. */
	IN_EVALUATION,
	/** Every eligible proposal is evaluated; waits for its selection. */
	EVALUATED,
	/** Its funding decision is taken and every applicant has their result letter. */
	DECIDED;

	public boolean isEditable() {
		return this == DRAFT || this == SENT_BACK;
	}

	public boolean isPublic() {
		return this != DRAFT && this != AWAITING_APPROVAL && this != SENT_BACK;
	}

}
