package org.opencall.evaluation;

import org.opencall.calls.EvaluationProgress;

import org.springframework.stereotype.Component;

/** Tells a call in evaluation how many of its evaluations are unfinished. */
@Component
class CallEvaluationProgress implements EvaluationProgress {

	private final org.opencall.evaluation.EvaluationProgress evaluations;

	CallEvaluationProgress(org.opencall.evaluation.EvaluationProgress evaluations) {
		this.evaluations = evaluations;
	}

	@Override
	public int unfinishedEvaluations(String callReference) {
		return this.evaluations.unfinishedEvaluations(callReference);
	}

}
