package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * At {@code EndEvent_EvaluationComplete}: the consensus scores are final; the module
 * tells the other modules that the proposal's evaluation is complete.
 */
@Component("completeEvaluationListener")
class CompleteEvaluationListener implements ExecutionListener {

	private final EvaluationSteps steps;

	CompleteEvaluationListener(EvaluationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateExecution execution) {
		this.steps.complete(ProcessSubject.of(execution));
	}

}
