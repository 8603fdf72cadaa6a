package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_ScoreSubmission}: records the scorecard of the expert who
 * completes it — refused, naming every wrong field, unless every criterion has a score
 * from 0 to 5 in half points and a comment and there is an overall comment — and removes
 * the scores from the engine, where other experts could read them.
 */
@Component("scoreSubmissionListener")
class ScoreSubmissionListener implements TaskListener {

	private final EvaluationSteps steps;

	ScoreSubmissionListener(EvaluationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.score(ProcessSubject.of(task), SlotIndex.of(task), ActingUser.of(task),
				FormFields.numbered(task, EvaluationProcess.VAR_SCORE),
				FormFields.numbered(task, EvaluationProcess.VAR_COMMENT),
				FormFields.text(task, EvaluationProcess.VAR_OVERALL_COMMENT));
		FormFields.forget(task, FormFields.scoreFields());
	}

}
