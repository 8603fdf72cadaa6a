package org.opencall.selection.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * When {@code Task_ApproveFundingDecision} is claimed or assigned: refused to the officer
 * who proposed the decision, so that the task always waits for a second officer.
 */
@Component("secondOfficerListener")
class SecondOfficerListener implements TaskListener {

	private final SelectionSteps steps;

	SecondOfficerListener(SelectionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		if (task.getAssignee() != null) {
			this.steps.requireSecondOfficer(ProcessSubject.of(task), task.getAssignee());
		}
	}

}
