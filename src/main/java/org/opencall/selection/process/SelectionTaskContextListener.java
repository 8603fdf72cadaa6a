package org.opencall.selection.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * Gives the proposing and approving officers' tasks the call and its ranking in words.
 */
@Component("selectionTaskContextListener")
class SelectionTaskContextListener implements TaskListener {

	private final SelectionSteps steps;

	SelectionTaskContextListener(SelectionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariablesLocal(this.steps.taskContext(ProcessSubject.of(task)));
	}

}
