package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_EscalateOverdueScoring}: the scoring deadline passed; the programme's
 * officers are mailed.
 */
@Component("escalateOverdueScoringDelegate")
class EscalateOverdueScoringDelegate implements JavaDelegate {

	private final EvaluationSteps steps;

	EscalateOverdueScoringDelegate(EvaluationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.escalate(ProcessSubject.of(execution), SlotIndex.of(execution));
	}

}
