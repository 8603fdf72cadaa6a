package org.opencall.needs.domain;

/**
 * Where a need stands in its triage.
 */
public enum NeedStatus {

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

	public boolean isEditable() {
		return this == SUBMITTED || this == IN_CLARIFICATION;
	}

}
