package org.opencall.cocreation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_FinalReview}: the officer closes the pilot with its
 * outcome, its indicators' final values and a summary.
 */
@Component("finalReviewListener")
class FinalReviewListener implements TaskListener {

	private final CoCreationSteps steps;

	FinalReviewListener(CoCreationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.close(ProcessSubject.of(task), ActingUser.of(task),
				SubmittedForm.text(task, CoCreationProcess.VAR_OUTCOME),
				SubmittedForm.text(task, CoCreationProcess.VAR_FINAL_VALUES),
				SubmittedForm.text(task, CoCreationProcess.VAR_SUMMARY));
	}

}
