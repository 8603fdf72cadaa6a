package org.opencall.submissions.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
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
		this.acknowledgement
			.acknowledge(UUID.fromString((String) execution.getVariable(SubmissionProcess.VAR_SUBMISSION_ID)));
	}

}
