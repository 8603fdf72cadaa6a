package org.opencall.selection;

/**
 * A second officer approved the call's funding decision: its list of selected, reserve
 * and rejected proposals is final ({@link FundingDecisions#of}). Published in the
 * approval's transaction.
 */
public record FundingDecided(String callReference) {
}
