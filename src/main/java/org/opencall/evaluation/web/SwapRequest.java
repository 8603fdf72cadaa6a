package org.opencall.evaluation.web;

/**
 * An officer's swap on one proposal: {@code out} leaves it, {@code in} takes their slot.
 */
record SwapRequest(String submission, String out, String in) {
}
