package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.evaluation.process.EvaluationSteps.Declaration;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_DeclareConflicts}, from Tasklist or the engine's API:
 * records the declaration of the expert who completes it, if it is the slot's expert.
 */
@Component("declareConflictsListener")
class DeclareConflictsListener implements TaskListener {

	private final EvaluationSteps steps;

	DeclareConflictsListener(EvaluationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		Declaration declaration = Declaration.of(FormFields.text(task, EvaluationProcess.VAR_DECLARATION));
		if (declaration == null) {
			throw InvalidInputException.of(EvaluationProcess.VAR_DECLARATION,
					"choose no conflict, a conflict of interest, or decline");
		}
		String text = switch (declaration) {
			case CONFLICT -> FormFields.text(task, EvaluationProcess.VAR_CONFLICT_DESCRIPTION);
			case DECLINE -> FormFields.text(task, EvaluationProcess.VAR_DECLINE_REASON);
			case NO_CONFLICT -> null;
		};
		this.steps.declare(ProcessSubject.of(task), SlotIndex.of(task), ActingUser.of(task), declaration, text);
		FormFields.forget(task, FormFields.DECLARATION);
	}

}
