package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_DraftConsensus}: records the rapporteur's draft, checked
 * as a scorecard is.
 */
@Component("draftConsensusListener")
class DraftConsensusListener implements TaskListener {

	private final EvaluationSteps steps;

	DraftConsensusListener(EvaluationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.draftConsensus(ProcessSubject.of(task), ActingUser.of(task),
				FormFields.numbered(task, EvaluationProcess.VAR_SCORE),
				FormFields.numbered(task, EvaluationProcess.VAR_COMMENT),
				FormFields.text(task, EvaluationProcess.VAR_OVERALL_COMMENT));
		FormFields.forget(task, FormFields.scoreFields());
	}

}
