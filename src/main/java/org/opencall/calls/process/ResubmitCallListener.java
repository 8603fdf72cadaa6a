package org.opencall.calls.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_ReviseCall}: the revised call goes back for approval,
 * submitted by the officer who completes the task. The last review's decision and comment
 * are forgotten, so that the next review's form starts empty and a comment the next
 * reviewer does not write is never recorded as theirs.
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
		task.getExecution().removeVariable(CallLifecycleProcess.VAR_DECISION);
		task.getExecution().removeVariable(CallLifecycleProcess.VAR_COMMENT);
	}

}
