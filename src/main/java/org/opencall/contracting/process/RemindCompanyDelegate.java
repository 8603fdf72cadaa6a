package org.opencall.contracting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_RemindCompany}: the offer is still open; the company is reminded of its
 * deadline.
 */
@Component("remindCompanyDelegate")
class RemindCompanyDelegate implements JavaDelegate {

	private final ContractingSteps steps;

	RemindCompanyDelegate(ContractingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.remind(ProcessSubject.of(execution));
	}

}
