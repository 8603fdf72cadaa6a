package org.opencall.evaluation.domain;

/**
 * When the experts of a proposal meet for a consensus round.
 */
public enum ConsensusMode {

	/** Always, as in EU calls: a rapporteur drafts the consensus report. */
	ALWAYS,
	/**
	 * Only when the experts' scores of a criterion lie further apart than the allowed
	 * spread, as in cascade calls; otherwise the consensus is the mean of their scores.
	 */
	ON_DIVERGENCE

}
