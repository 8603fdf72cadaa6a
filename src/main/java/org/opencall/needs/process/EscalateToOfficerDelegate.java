package org.opencall.needs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_EscalateToOfficer}: the question has waited for its escalation time. */
@Component("escalateToOfficerDelegate")
class EscalateToOfficerDelegate implements JavaDelegate {

	private final NeedsIdentificationSteps steps;

	EscalateToOfficerDelegate(NeedsIdentificationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.escalateToOfficer(ProcessSubject.of(execution));
	}

}
