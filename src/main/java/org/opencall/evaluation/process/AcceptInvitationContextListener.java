package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * On creation of {@code Task_AcceptInvitation}: names the task after the call ("Accept
 * invitation — {title}"; the business key, an invitation's id, would tell the expert
 * nothing) and gives it the call and the deadline in words as its own variables, which
 * its form shows read-only.
 */
@Component("acceptInvitationContextListener")
class AcceptInvitationContextListener implements TaskListener {

	private final ExpertInvitationSteps steps;

	AcceptInvitationContextListener(ExpertInvitationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		String invitation = ProcessSubject.of(task);
		task.setName(this.steps.taskName(invitation));
		task.setVariablesLocal(this.steps.taskContext(invitation));
	}

}
