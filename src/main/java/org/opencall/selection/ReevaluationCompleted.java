package org.opencall.selection;

import org.opencall.evaluation.EvaluationCompleted;
import org.opencall.selection.process.RedressEngine;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a proposal's re-evaluation (a second round, after an upheld redress request) is
 * complete, its redress moves on to send the result. The reaction runs after the
 * evaluation's commit from Spring Modulith's event publication registry: retried after a
 * restart until it completes, never rolling back the experts' work.
 */
@Component
class ReevaluationCompleted {

	private final RedressEngine engine;

	ReevaluationCompleted(RedressEngine engine) {
		this.engine = engine;
	}

	@ApplicationModuleListener
	void on(EvaluationCompleted completed) {
		if (completed.reevaluation()) {
			this.engine.reevaluationCompleted(completed.submissionReference());
		}
	}

}
