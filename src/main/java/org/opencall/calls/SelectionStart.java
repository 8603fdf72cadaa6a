package org.opencall.calls;

/**
 * Starts the selection of a call whose every evaluation is complete, in the transaction
 * that hands the call over; the selection module answers, so that {@code calls} knows
 * nothing of how proposals are ranked and decided.
 */
public interface SelectionStart {

	void start(String callReference, String programmeCode);

}
