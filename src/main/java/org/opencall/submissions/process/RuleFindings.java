package org.opencall.submissions.process;

/**
 * What the eligibility table found about a proposal: whether it is eligible by the call's
 * rules, and the findings in words for the officer and the applicant.
 */
public record RuleFindings(boolean eligible, String inWords) {
}
