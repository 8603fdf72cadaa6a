package org.opencall.cocreation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * Gives every task of {@code co-creation} the pilot, the milestone, the deliverable or
 * the payment it is about, in words.
 */
@Component("coCreationTaskContextListener")
class CoCreationTaskContextListener implements TaskListener {

	private final CoCreationSteps steps;

	CoCreationTaskContextListener(CoCreationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariablesLocal(
				this.steps.taskContext(ProcessSubject.of(task), task.getTaskDefinitionKey(), task.getId()));
	}

}
