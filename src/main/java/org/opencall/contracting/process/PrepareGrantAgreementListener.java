package org.opencall.contracting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_PrepareGrantAgreement}, from Tasklist or from Opencall:
 * the completing officer prepares the draft, refused while it breaks a rule.
 */
@Component("prepareGrantAgreementListener")
class PrepareGrantAgreementListener implements TaskListener {

	private final ContractingSteps steps;

	PrepareGrantAgreementListener(ContractingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.prepare(ProcessSubject.of(task), ActingUser.of(task));
	}

}
