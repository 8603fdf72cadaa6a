package org.opencall.evaluation;

/**
 * A round of a proposal's evaluation is complete: its consensus scores are final.
 * Published when the round's {@code evaluation} instance reaches its end.
 * <p>
 * Round 1 is the call's evaluation of the proposal: the call counts these to leave
 * evaluation, and the selection ranks their results. A later round is a re-evaluation by
 * new experts after an upheld redress request ({@link Reevaluations}); its completion is
 * this same event with {@code round > 1} — the selection hears it to settle the redress,
 * and every other listener ignores it. {@link EvaluationResults#of} then answers the
 * re-evaluation's consensus.
 */
public record EvaluationCompleted(String submissionReference, String callReference, int round) {

	/** The completion of the call's (first) evaluation of the proposal. */
	public EvaluationCompleted(String submissionReference, String callReference) {
		this(submissionReference, callReference, 1);
	}

	/**
	 * Whether this completes a re-evaluation (round above 1). Not a bean property, so
	 * that the event's stored form holds its three fields only and reads back as it was.
	 */
	public boolean reevaluation() {
		return this.round > 1;
	}

}
