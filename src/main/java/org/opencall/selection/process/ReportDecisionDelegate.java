package org.opencall.selection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_ReportDecision}: the call is decided; its own process ends. */
@Component("reportDecisionDelegate")
class ReportDecisionDelegate implements JavaDelegate {

	private final SelectionSteps steps;

	ReportDecisionDelegate(SelectionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.reportDecision(ProcessSubject.of(execution));
	}

}
