package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_ApproveConsensus}: the programme officer, as moderator,
 * approves the consensus report or sends it back to the rapporteur with a comment.
 */
@Component("approveConsensusListener")
class ApproveConsensusListener implements TaskListener {

	static final String APPROVE = "approve";

	static final String SEND_BACK = "sendBack";

	private final EvaluationSteps steps;

	ApproveConsensusListener(EvaluationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		String decision = FormFields.text(task, EvaluationProcess.VAR_MODERATOR_DECISION);
		if (!APPROVE.equals(decision) && !SEND_BACK.equals(decision)) {
			throw InvalidInputException.of(EvaluationProcess.VAR_MODERATOR_DECISION,
					"choose approve or send back to the rapporteur");
		}
		this.steps.moderateConsensus(ProcessSubject.of(task), ActingUser.of(task), APPROVE.equals(decision),
				FormFields.text(task, EvaluationProcess.VAR_MODERATOR_COMMENT));
		FormFields.forget(task, FormFields.MODERATION);
	}

}
