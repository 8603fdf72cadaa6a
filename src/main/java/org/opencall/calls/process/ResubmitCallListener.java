package org.opencall.calls.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_ReviseCall}: the revised call goes back for approval,
 * submitted by the officer who completes the task.
 */
@Component("resubmitCallListener")
class ResubmitCallListener implements TaskListener {

	private final CallLifecycleSteps steps;

	ResubmitCallListener(CallLifecycleSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.resubmit(ProcessSubject.of(task), ActingUser.of(task));
	}

}
