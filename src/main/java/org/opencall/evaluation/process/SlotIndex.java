package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The position of an expert's slot, or of an answering expert, in the evaluation: the
 * counter the engine keeps for each instance of a multi-instance activity. Only the
 * engine sets it; a completion that names it is refused as no field of any form.
 */
final class SlotIndex {

	private SlotIndex() {
	}

	static int of(DelegateExecution execution) {
		Object counter = execution.getVariable(EvaluationProcess.VAR_LOOP_COUNTER);
		if (!(counter instanceof Integer index)) {
			throw new IllegalStateException("Execution " + execution.getId() + " is not in an expert's slot");
		}
		return index;
	}

	static int of(DelegateTask task) {
		return of(task.getExecution());
	}

}
