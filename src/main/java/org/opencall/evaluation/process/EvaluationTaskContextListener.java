package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On creation of an evaluation task: gives it what its form shows, as the task's own
 * variables, and its form's fields, empty, on its own execution. Before the declaration
 * the proposal is named only (title, acronym, challenge); the criteria come with scoring;
 * the experts' individual scores only with the consensus round.
 */
@Component("evaluationTaskContextListener")
class EvaluationTaskContextListener implements TaskListener {

	private final EvaluationSteps steps;

	EvaluationTaskContextListener(EvaluationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		String submission = ProcessSubject.of(task);
		switch (task.getTaskDefinitionKey()) {
			case EvaluationProcess.TASK_DECLARE_CONFLICTS -> {
				task.setVariablesLocal(this.steps.declarationContext(submission, SlotIndex.of(task)).asVariables());
				FormFields.prepare(task, FormFields.DECLARATION);
			}
			case EvaluationProcess.TASK_SCORE_SUBMISSION -> {
				task.setVariablesLocal(this.steps.scoringContext(submission, SlotIndex.of(task)).asVariables());
				FormFields.prepare(task, FormFields.scoreFields());
			}
			case EvaluationProcess.TASK_DRAFT_CONSENSUS -> {
				task.setVariablesLocal(this.steps.consensusContext(submission).asVariables());
				FormFields.prepare(task, FormFields.scoreFields());
			}
			case EvaluationProcess.TASK_AGREE_CONSENSUS -> {
				task.setVariablesLocal(this.steps.consensusContext(submission).asVariables());
				FormFields.prepare(task, FormFields.ANSWER);
			}
			case EvaluationProcess.TASK_APPROVE_CONSENSUS -> {
				task.setVariablesLocal(this.steps.consensusContext(submission).asVariables());
				FormFields.prepare(task, FormFields.MODERATION);
			}
			default -> throw new IllegalStateException("No context for task " + task.getTaskDefinitionKey());
		}
	}

}
