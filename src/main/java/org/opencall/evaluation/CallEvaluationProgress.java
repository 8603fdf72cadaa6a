package org.opencall.evaluation;

import org.opencall.calls.CallEvaluation;
import org.opencall.calls.EvaluationProgress;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The call's side of its evaluations: how many are unfinished, and, when the last one
 * completes, the call's process moves on to selection. The reaction runs after the
 * evaluation's commit, from Spring Modulith's event publication registry, so a failure
 * here never rolls back an expert's or officer's work and is retried after a restart.
 */
@Component
class CallEvaluationProgress implements EvaluationProgress {

	private final org.opencall.evaluation.EvaluationProgress evaluations;

	private final CallEvaluation calls;

	CallEvaluationProgress(org.opencall.evaluation.EvaluationProgress evaluations, CallEvaluation calls) {
		this.evaluations = evaluations;
		this.calls = calls;
	}

	@Override
	public int unfinishedEvaluations(String callReference) {
		return this.evaluations.unfinishedEvaluations(callReference);
	}

	@ApplicationModuleListener
	void on(EvaluationCompleted completed) {
		if (this.evaluations.unfinishedEvaluations(completed.callReference()) == 0) {
			this.calls.evaluationsDone(completed.callReference());
		}
	}

}
