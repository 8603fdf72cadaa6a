package org.opencall.cocreation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_ReviewDeliverable}: the officer's verdict on the
 * deliverable.
 */
@Component("reviewDeliverableListener")
class ReviewDeliverableListener implements TaskListener {

	private final CoCreationSteps steps;

	ReviewDeliverableListener(CoCreationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.review(ProcessSubject.of(task), ActingUser.of(task),
				SubmittedForm.text(task, CoCreationProcess.VAR_VERDICT),
				SubmittedForm.text(task, CoCreationProcess.VAR_COMMENT));
	}

}
