package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_AgreeConsensus}: records whether the expert agrees with
 * the draft consensus report or what they comment.
 */
@Component("agreeConsensusListener")
class AgreeConsensusListener implements TaskListener {

	static final String AGREE = "agree";

	static final String COMMENT = "comment";

	private final EvaluationSteps steps;

	AgreeConsensusListener(EvaluationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		String answer = FormFields.text(task, EvaluationProcess.VAR_CONSENSUS_ANSWER);
		if (!AGREE.equals(answer) && !COMMENT.equals(answer)) {
			throw InvalidInputException.of(EvaluationProcess.VAR_CONSENSUS_ANSWER, "choose agree or comment");
		}
		this.steps.answerConsensus(ProcessSubject.of(task), ActingUser.of(task), AGREE.equals(answer),
				FormFields.text(task, EvaluationProcess.VAR_CONSENSUS_COMMENT));
		FormFields.forget(task, FormFields.ANSWER);
	}

}
