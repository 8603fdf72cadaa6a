package org.opencall.needs;

/**
 * Where a need stands in its triage, as pages, the API and other modules see it.
 */
public enum NeedState {

	/** Stated by its owner and waiting for triage. */
	SUBMITTED,
	/** A programme officer asked the owner a question. */
	IN_CLARIFICATION,
	/** Accepted into the backlog; may become part of a challenge. */
	VALIDATED,
	/** Not taken up, with a reason. */
	REJECTED,
	/** A duplicate, merged into another need. */
	MERGED;

	/** Its owner may still change it. */
	public boolean isEditable() {
		return this == SUBMITTED || this == IN_CLARIFICATION;
	}

}
