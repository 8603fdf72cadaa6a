package org.opencall.contracting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_ApproveGrantAgreement}: the completing officer approves
 * the agreement or sends it back; the four-eyes rule is the domain's.
 */
@Component("approveGrantAgreementListener")
class ApproveGrantAgreementListener implements TaskListener {

	private final ContractingSteps steps;

	ApproveGrantAgreementListener(ContractingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.review(ProcessSubject.of(task), ActingUser.of(task),
				SubmittedForm.text(task, ContractingProcess.VAR_DECISION),
				SubmittedForm.text(task, ContractingProcess.VAR_COMMENT));
	}

}
