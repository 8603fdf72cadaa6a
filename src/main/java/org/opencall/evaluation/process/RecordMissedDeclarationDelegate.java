package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordMissedDeclaration}: the expert did not declare by the deadline and
 * leaves the slot.
 */
@Component("recordMissedDeclarationDelegate")
class RecordMissedDeclarationDelegate implements JavaDelegate {

	private final EvaluationSteps steps;

	RecordMissedDeclarationDelegate(EvaluationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.missDeclarationDeadline(ProcessSubject.of(execution), SlotIndex.of(execution));
	}

}
