package org.opencall.selection.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * When {@code Task_ReviewRedress} is claimed or assigned: refused to an officer who took
 * part in the funding decision, so that they never hold the task.
 */
@Component("uninvolvedRedressOfficerListener")
class UninvolvedRedressOfficerListener implements TaskListener {

	private final RedressSteps steps;

	UninvolvedRedressOfficerListener(RedressSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		if (task.getAssignee() != null) {
			this.steps.requireUninvolved(ProcessSubject.of(task), task.getAssignee());
		}
	}

}
