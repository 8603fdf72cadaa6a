package org.opencall.evaluation.domain;

/**
 * A proposal that cannot get enough experts.
 *
 * @param reference the submission's reference
 * @param needed how many experts it needs
 * @param freeOfConflicts how many experts have no conflict with it
 * @param withLoadLeft how many of those still have room in their load
 * @param reason why, in words
 */
public record AssignmentShortage(String reference, int needed, int freeOfConflicts, int withLoadLeft, String reason) {

}
