package org.opencall.cocreation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_AskForRevision}: the company is mailed the reviewers' comments and revises
 * its deliverable.
 */
@Component("askForRevisionDelegate")
class AskForRevisionDelegate implements JavaDelegate {

	private final CoCreationSteps steps;

	AskForRevisionDelegate(CoCreationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.askForRevision(ProcessSubject.of(execution));
	}

}
