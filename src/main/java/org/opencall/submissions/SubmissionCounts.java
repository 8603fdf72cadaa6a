package org.opencall.submissions;

/**
 * How many proposals a call received (submitted at least once), and how many of them wait
 * for their eligibility decision, are eligible, not eligible or withdrawn.
 */
public record SubmissionCounts(int submitted, int awaitingEligibility, int eligible, int ineligible, int withdrawn) {
}
