package org.opencall.submissions.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.submissions.SubmissionAcknowledgement;

import org.springframework.stereotype.Component;

/** {@code Task_AcknowledgeSubmission}: mails the receipt of the first submission. */
@Component("acknowledgeSubmissionDelegate")
class AcknowledgeSubmissionDelegate implements JavaDelegate {

	private final SubmissionAcknowledgement acknowledgement;

	AcknowledgeSubmissionDelegate(SubmissionAcknowledgement acknowledgement) {
		this.acknowledgement = acknowledgement;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.acknowledgement.acknowledge(ProcessSubject.of(execution));
	}

}
