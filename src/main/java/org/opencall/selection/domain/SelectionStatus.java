package org.opencall.selection.domain;

/** Where a call's selection stands. */
public enum SelectionStatus {

	/** The panel ranks the proposals; an officer prepares the funding decision. */
	PANEL,
	/**
	 * One officer proposed the funding decision; a second officer approves or sends it
	 * back.
	 */
	PROPOSED,
	/** Approved by a second officer; the result letters go out. */
	DECIDED

}
