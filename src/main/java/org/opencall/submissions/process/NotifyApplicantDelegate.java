package org.opencall.submissions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_NotifyApplicant}: tells the applicant the decision and, if not eligible,
 * why.
 */
@Component("notifyApplicantDelegate")
class NotifyApplicantDelegate implements JavaDelegate {

	private final SubmissionSteps steps;

	NotifyApplicantDelegate(SubmissionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.notifyApplicant(ProcessSubject.of(execution));
	}

}
