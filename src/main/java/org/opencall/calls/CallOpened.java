package org.opencall.calls;

/**
 * A call was published at its opening time, for the phases that follow a call from then
 * on (its reporting to the funder, every {@code reportEveryMonths} months; none means the
 * installation's interval). Published in the publication's transaction.
 */
public record CallOpened(String callReference, String programmeCode, Integer reportEveryMonths) {

	public CallOpened(String callReference, String programmeCode) {
		this(callReference, programmeCode, null);
	}

}
