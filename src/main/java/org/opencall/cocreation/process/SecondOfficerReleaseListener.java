package org.opencall.cocreation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * When {@code Task_ReleasePayment} is claimed or assigned: refused to the officer whose
 * action made its payment due, so that a second officer releases it.
 */
@Component("secondOfficerReleaseListener")
class SecondOfficerReleaseListener implements TaskListener {

	private final CoCreationSteps steps;

	SecondOfficerReleaseListener(CoCreationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		if (task.getAssignee() != null) {
			this.steps.requireReleaser(ProcessSubject.of(task), task.getId(), task.getAssignee());
		}
	}

}
