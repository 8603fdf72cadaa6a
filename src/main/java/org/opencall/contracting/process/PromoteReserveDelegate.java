package org.opencall.contracting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_PromoteReserve}: the offer was declined or lapsed; the reserve list moves
 * up.
 */
@Component("promoteReserveDelegate")
class PromoteReserveDelegate implements JavaDelegate {

	private final ContractingSteps steps;

	PromoteReserveDelegate(ContractingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.promoteReserve(ProcessSubject.of(execution));
	}

}
