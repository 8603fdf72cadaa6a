package org.opencall.cocreation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_EscalateToOfficers}: an overdue deliverable is escalated to the officers of
 * the grant's programme.
 */
@Component("escalateToOfficersDelegate")
class EscalateToOfficersDelegate implements JavaDelegate {

	private final CoCreationSteps steps;

	EscalateToOfficersDelegate(CoCreationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.escalateToOfficers(ProcessSubject.of(execution));
	}

}
