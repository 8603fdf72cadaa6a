package org.opencall.calls.domain;

/**
 * When the experts of a proposal meet for a consensus: always, as in EU calls, or only
 * when their scores diverge by more than the call's spread, as in cascade calls.
 */
public enum ConsensusMode {

	ALWAYS, ON_DIVERGENCE

}
