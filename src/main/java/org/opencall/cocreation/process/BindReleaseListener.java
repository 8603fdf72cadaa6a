package org.opencall.cocreation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * When {@code Task_ReleasePayment} is created: the domain binds the next due payment to
 * it, so that the task releases that payment and no other, whatever a variable says.
 */
@Component("bindReleaseListener")
class BindReleaseListener implements TaskListener {

	private final CoCreationSteps steps;

	BindReleaseListener(CoCreationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.bindRelease(ProcessSubject.of(task), task.getId());
	}

}
