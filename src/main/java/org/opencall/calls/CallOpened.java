package org.opencall.calls;

/**
 * A call was published at its opening time, for the phases that follow a call from then
 * on (its reporting to the funder). Published in the publication's transaction.
 */
public record CallOpened(String callReference, String programmeCode) {
}
