package org.opencall.cocreation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_ReleasePayment}: the officer who completes it releases the
 * payment bound to the task (four eyes, never above what remains of the grant).
 */
@Component("releasePaymentListener")
class ReleasePaymentListener implements TaskListener {

	private final CoCreationSteps steps;

	ReleasePaymentListener(CoCreationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.release(ProcessSubject.of(task), task.getId(), ActingUser.of(task));
	}

}
