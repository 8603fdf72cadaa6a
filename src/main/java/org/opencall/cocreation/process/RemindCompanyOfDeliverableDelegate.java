package org.opencall.cocreation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_RemindCompany}: the deliverable now due is reminded to the company's staff
 * (named apart from contracting's reminder of the offer, as both are beans of one
 * context).
 */
@Component("remindCompanyOfDeliverableDelegate")
class RemindCompanyOfDeliverableDelegate implements JavaDelegate {

	private final CoCreationSteps steps;

	RemindCompanyOfDeliverableDelegate(CoCreationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.remindCompany(ProcessSubject.of(execution));
	}

}
