package org.opencall.evaluation;

import org.opencall.calls.CallEvaluation;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a call's last evaluation completes, the call's process moves on to selection; a
 * re-evaluation's completion is not the call's concern (it left evaluation before) and is
 * ignored. The reaction runs after the evaluation's commit, from Spring Modulith's event
 * publication registry: a failure here never rolls back an expert's or officer's work,
 * and it is retried after a restart until it completes.
 */
@Component
class LastEvaluationCompleted {

	private final EvaluationProgress evaluations;

	private final CallEvaluation calls;

	LastEvaluationCompleted(EvaluationProgress evaluations, CallEvaluation calls) {
		this.evaluations = evaluations;
		this.calls = calls;
	}

	@ApplicationModuleListener
	void on(EvaluationCompleted completed) {
		if (completed.reevaluation()) {
			return;
		}
		if (this.evaluations.unfinishedEvaluations(completed.callReference()) == 0) {
			this.calls.evaluationsDone(completed.callReference());
		}
	}

}
