package org.opencall.needs.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_AnswerClarification}: records the owner's answer to the
 * question about the need the instance is about; the need goes back to triage.
 */
@Component("answerClarificationListener")
class AnswerClarificationListener implements TaskListener {

	private final NeedsIdentificationSteps steps;

	AnswerClarificationListener(NeedsIdentificationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.recordAnswer(ProcessSubject.of(task), ActingUser.of(task),
				SubmittedForm.text(task, NeedsIdentificationProcess.VAR_ANSWER));
	}

}
