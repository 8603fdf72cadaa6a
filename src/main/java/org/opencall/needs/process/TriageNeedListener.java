package org.opencall.needs.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.needs.TriageDecision;
import org.opencall.needs.TriageInput;
import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_TriageNeed}, from Tasklist or from the application:
 * applies the officer's decision to the need the instance is about.
 */
@Component("triageNeedListener")
class TriageNeedListener implements TaskListener {

	private final NeedsIdentificationSteps steps;

	TriageNeedListener(NeedsIdentificationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		TriageInput input = new TriageInput(SubmittedForm.text(task, NeedsIdentificationProcess.VAR_DECISION),
				SubmittedForm.text(task, NeedsIdentificationProcess.VAR_REASON),
				SubmittedForm.text(task, NeedsIdentificationProcess.VAR_QUESTION),
				SubmittedForm.text(task, NeedsIdentificationProcess.VAR_DUPLICATE_OF));
		this.steps.recordTriage(ProcessSubject.of(task), ActingUser.of(task),
				TriageDecision.fromVariable(input.decision()), input);
	}

}
