package org.opencall.selection.domain;

/** Where a proposal ends in the ranking. */
public enum FundingOutcome {

	/** Passes every threshold and its request fits the budget above the line. */
	SELECTED,

	/**
	 * Passes every threshold but is at or below the budget line: funded if money frees
	 * up.
	 */
	RESERVE,

	/** Fails at least one threshold: not ranked. */
	REJECTED

}
