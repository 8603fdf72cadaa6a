package org.opencall.selection.domain;

/** Where an applicant's redress request stands. */
public enum RedressStatus {

	/** Filed; a programme officer who took no part in the decision reviews it. */
	FILED,
	/** Rejected with reasons: the result stands. */
	REJECTED,
	/** Upheld: new experts evaluate the proposal again. */
	UPHELD,
	/** Upheld and re-evaluated: the applicant has the re-evaluation's result. */
	CONCLUDED

}
