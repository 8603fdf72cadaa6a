package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_HandSlotOver}: the next expert takes the slot its expert left (both are
 * mailed), or it stays vacant (the officers are mailed).
 */
@Component("handSlotOverDelegate")
class HandSlotOverDelegate implements JavaDelegate {

	private final EvaluationSteps steps;

	HandSlotOverDelegate(EvaluationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.handOver(ProcessSubject.of(execution), SlotIndex.of(execution));
	}

}
