package org.opencall.submissions.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_CheckAdmissibility}: records the officer's decision on the
 * submission the instance is about.
 */
@Component("checkAdmissibilityListener")
class CheckAdmissibilityListener implements TaskListener {

	private final SubmissionSteps steps;

	CheckAdmissibilityListener(SubmissionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		String value = SubmittedForm.text(task, SubmissionProcess.VAR_DECISION);
		if (!"eligible".equals(value) && !"ineligible".equals(value)) {
			throw InvalidInputException.of(SubmissionProcess.VAR_DECISION, "choose eligible or not eligible");
		}
		this.steps.recordEligibility(ProcessSubject.of(task), ActingUser.of(task), "eligible".equals(value),
				SubmittedForm.text(task, SubmissionProcess.VAR_COMMENT));
	}

}
