package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_RemindExpert}: the scoring deadline is near; the expert is mailed. */
@Component("remindExpertDelegate")
class RemindExpertDelegate implements JavaDelegate {

	private final EvaluationSteps steps;

	RemindExpertDelegate(EvaluationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.remind(ProcessSubject.of(execution), SlotIndex.of(execution));
	}

}
