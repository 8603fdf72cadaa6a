package org.opencall.contracting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_OfferAgreement}: the agreement with its PDF goes to the company's staff.
 */
@Component("offerAgreementDelegate")
class OfferAgreementDelegate implements JavaDelegate {

	private final ContractingSteps steps;

	OfferAgreementDelegate(ContractingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.offer(ProcessSubject.of(execution));
	}

}
