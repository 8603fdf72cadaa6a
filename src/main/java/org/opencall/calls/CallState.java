package org.opencall.calls;

/**
 * Where a call stands, as pages, the API and other modules see it.
 */
public enum CallState {

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
	/** Past its deadline. */
	CLOSED;

	public boolean isEditable() {
		return this == DRAFT || this == SENT_BACK;
	}

	public boolean isPublic() {
		return this == SCHEDULED || this == OPEN || this == CLOSED;
	}

}
