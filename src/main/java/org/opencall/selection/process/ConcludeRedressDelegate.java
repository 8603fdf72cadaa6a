package org.opencall.selection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_ConcludeRedress}: the re-evaluation's result goes to the applicant. */
@Component("concludeRedressDelegate")
class ConcludeRedressDelegate implements JavaDelegate {

	private final RedressSteps steps;

	ConcludeRedressDelegate(RedressSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.conclude(ProcessSubject.of(execution));
	}

}
