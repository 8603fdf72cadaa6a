package org.opencall.submissions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_AcknowledgeSubmission}: mails the receipt of the first submission. */
@Component("acknowledgeSubmissionDelegate")
class AcknowledgeSubmissionDelegate implements JavaDelegate {

	private final SubmissionSteps steps;

	AcknowledgeSubmissionDelegate(SubmissionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.acknowledge(ProcessSubject.of(execution));
	}

}
