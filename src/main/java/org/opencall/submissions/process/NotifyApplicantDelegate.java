package org.opencall.submissions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;
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
		this.decision.notifyApplicant(ProcessSubject.of(execution));
	}

}
