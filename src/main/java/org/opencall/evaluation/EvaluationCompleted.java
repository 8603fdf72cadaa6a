package org.opencall.evaluation;

/**
 * The evaluation of a proposal is complete: its consensus scores are final. Published
 * when the {@code evaluation} instance reaches its end, so that the call can count its
 * finished evaluations and the selection rank them.
 */
public record EvaluationCompleted(String submissionReference, String callReference) {
}
