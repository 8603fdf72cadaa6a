package org.opencall.needs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_RemindNeedOwner}: the question has waited for its reminder time. */
@Component("remindNeedOwnerDelegate")
class RemindNeedOwnerDelegate implements JavaDelegate {

	private final NeedsIdentificationSteps steps;

	RemindNeedOwnerDelegate(NeedsIdentificationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.remindOwner(ProcessSubject.of(execution));
	}

}
