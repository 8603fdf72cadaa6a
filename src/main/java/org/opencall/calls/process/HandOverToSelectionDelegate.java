package org.opencall.calls.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_HandOverToSelection}: every evaluation of the call is complete. */
@Component("handOverToSelectionDelegate")
class HandOverToSelectionDelegate implements JavaDelegate {

	private final CallLifecycleSteps steps;

	HandOverToSelectionDelegate(CallLifecycleSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.handOverToSelection(ProcessSubject.of(execution));
	}

}
