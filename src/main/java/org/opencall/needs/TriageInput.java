package org.opencall.needs;

/**
 * A triage as an officer enters it: the decision and what it needs (a reason to reject, a
 * question to clarify, the original of a duplicate).
 */
public record TriageInput(String decision, String reason, String question, String duplicateOf) {
}
