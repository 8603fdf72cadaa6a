package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_AcceptInvitation}, from Tasklist, the engine REST API or
 * Opencall: records the answer of the user who completes it on the invitation the
 * instance is about. A refused answer (not the invited expert, no reason for a decline,
 * an unknown decision) refuses the completion, and the task stays open.
 */
@Component("acceptInvitationListener")
class AcceptInvitationListener implements TaskListener {

	private final ExpertInvitationSteps steps;

	AcceptInvitationListener(ExpertInvitationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.recordAnswer(ProcessSubject.of(task), ActingUser.of(task),
				SubmittedForm.text(task, ExpertInvitationProcess.VAR_DECISION),
				SubmittedForm.text(task, ExpertInvitationProcess.VAR_REASON));
	}

}
