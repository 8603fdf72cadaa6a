package org.opencall.submissions.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.submissions.EligibilityDecision;

import org.springframework.stereotype.Component;

/**
 * {@code Task_NotifyApplicant}: tells the applicant the decision and, if not eligible,
 * why.
 */
@Component("notifyApplicantDelegate")
class NotifyApplicantDelegate implements JavaDelegate {

	private final EligibilityDecision decision;

	NotifyApplicantDelegate(EligibilityDecision decision) {
		this.decision = decision;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.decision
			.notifyApplicant(UUID.fromString((String) execution.getVariable(SubmissionProcess.VAR_SUBMISSION_ID)));
	}

}
