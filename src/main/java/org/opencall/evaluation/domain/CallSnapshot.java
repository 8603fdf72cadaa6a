package org.opencall.evaluation.domain;

/**
 * The call an invitation is about, as it was when the expert was invited: which
 * programme's officers hear the answer, and the title the expert reads.
 */
public record CallSnapshot(String reference, String programmeCode, String title) {
}
