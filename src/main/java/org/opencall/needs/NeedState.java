package org.opencall.needs;

/**
 * Where a need stands in its triage, as pages, the API and other modules see it.
 */
public enum NeedState {

	/** Stated by its owner and waiting for triage. */
	SUBMITTED("Waiting for triage"),
	/** A programme officer asked the owner a question. */
	IN_CLARIFICATION("Question to the owner"),
	/** Accepted into the backlog; may become part of a challenge. */
	VALIDATED("Validated"),
	/** Not taken up, with a reason. */
	REJECTED("Rejected"),
	/** A duplicate, merged into another need. */
	MERGED("Merged into another need");

	private final String label;

	NeedState(String label) {
		this.label = label;
	}

	/** The state in words, as every page shows it. */
	public String label() {
		return this.label;
	}

	/** Its owner may still change it. */
	public boolean isEditable() {
		return this == SUBMITTED || this == IN_CLARIFICATION;
	}

}
