package org.opencall.cocreation;

/**
 * The final review closed a grant's pilot with its outcome, for the phases that follow a
 * call to its end (its final report to the funder). Published in the closing transaction.
 */
public record GrantClosed(String grantReference, String callReference) {
}
