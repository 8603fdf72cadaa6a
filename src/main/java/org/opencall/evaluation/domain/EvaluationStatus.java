package org.opencall.evaluation.domain;

/**
 * Where the evaluation of a proposal stands.
 */
public enum EvaluationStatus {

	/** The experts declare their conflicts and score, each on their own. */
	INDIVIDUAL,
	/** The experts agree a consensus report, approved by a programme officer. */
	CONSENSUS,
	/** The consensus scores are final. */
	COMPLETED

}
