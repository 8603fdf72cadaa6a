package org.opencall.evaluation.domain;

/**
 * An expert and a submission that must not meet: a declared conflict of interest, or an
 * expert who declined or missed the deadline for that submission.
 */
public record Pairing(String reference, String username) {

}
