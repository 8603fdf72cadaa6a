package org.opencall.cocreation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_CoReviewDeliverable}: the host's verdict on the
 * deliverable, given by one of its need owners.
 */
@Component("coReviewDeliverableListener")
class CoReviewDeliverableListener implements TaskListener {

	private final CoCreationSteps steps;

	CoReviewDeliverableListener(CoCreationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.coReview(ProcessSubject.of(task), ActingUser.of(task),
				SubmittedForm.text(task, CoCreationProcess.VAR_VERDICT),
				SubmittedForm.text(task, CoCreationProcess.VAR_COMMENT));
	}

}
