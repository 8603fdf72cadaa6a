package org.opencall.cocreation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_MakePaymentDue}: the accepted milestone made its payment due; the company
 * and the host hear of the acceptance, the officers of the payment to release.
 */
@Component("makePaymentDueDelegate")
class MakePaymentDueDelegate implements JavaDelegate {

	private final CoCreationSteps steps;

	MakePaymentDueDelegate(CoCreationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.announceAcceptance(ProcessSubject.of(execution));
	}

}
