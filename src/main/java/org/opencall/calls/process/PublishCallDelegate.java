package org.opencall.calls.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_PublishCall}: the opening time has come. */
@Component("publishCallDelegate")
class PublishCallDelegate implements JavaDelegate {

	private final CallLifecycleSteps steps;

	PublishCallDelegate(CallLifecycleSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.publish(ProcessSubject.of(execution));
	}

}
