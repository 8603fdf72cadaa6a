package org.opencall.selection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_StartReevaluation}: new experts evaluate the proposal again. */
@Component("startReevaluationDelegate")
class StartReevaluationDelegate implements JavaDelegate {

	private final RedressSteps steps;

	StartReevaluationDelegate(RedressSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.startReevaluation(ProcessSubject.of(execution));
	}

}
