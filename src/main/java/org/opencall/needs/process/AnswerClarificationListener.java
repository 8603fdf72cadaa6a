package org.opencall.needs.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.opencall.needs.NeedClarification;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_AnswerClarification}: records the owner's answer, and the
 * need goes back to triage.
 */
@Component("answerClarificationListener")
class AnswerClarificationListener implements TaskListener {

	private final NeedClarification clarification;

	AnswerClarificationListener(NeedClarification clarification) {
		this.clarification = clarification;
	}

	@Override
	public void notify(DelegateTask task) {
		Authentication owner = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		Object answer = task.getVariable(NeedsIdentificationProcess.VAR_ANSWER);
		this.clarification.record(UUID.fromString((String) task.getVariable(NeedsIdentificationProcess.VAR_NEED_ID)),
				(owner != null) ? owner.getUserId() : null, (answer != null) ? answer.toString() : null);
	}

}
