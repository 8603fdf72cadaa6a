package org.opencall.calls.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_CloseCall}: the deadline has passed. */
@Component("closeCallDelegate")
class CloseCallDelegate implements JavaDelegate {

	private final CallLifecycleSteps steps;

	CloseCallDelegate(CallLifecycleSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int pending = this.steps.close(ProcessSubject.of(execution));
		execution.setVariable(CallLifecycleProcess.VAR_PENDING_ELIGIBILITY_CHECKS, pending);
	}

}
