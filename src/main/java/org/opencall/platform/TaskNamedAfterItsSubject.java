package org.opencall.platform;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Adds the business key (the reference of the call, need or submission) to a user task's
 * name, so that a task list with many tasks of one kind tells them apart.
 */
@Component("taskNamedAfterItsSubject")
public class TaskNamedAfterItsSubject implements TaskListener {

	@Override
	public void notify(DelegateTask task) {
		String businessKey = task.getExecution().getProcessBusinessKey();
		if (businessKey != null && task.getName() != null && !task.getName().endsWith(businessKey)) {
			task.setName(task.getName() + " — " + businessKey);
		}
	}

}
