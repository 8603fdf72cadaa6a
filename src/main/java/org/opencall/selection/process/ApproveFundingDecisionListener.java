package org.opencall.selection.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_ApproveFundingDecision}: the officer who completes it
 * approves the proposed decision or sends it back; the four-eyes rule is the domain's.
 */
@Component("approveFundingDecisionListener")
class ApproveFundingDecisionListener implements TaskListener {

	private final SelectionSteps steps;

	ApproveFundingDecisionListener(SelectionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.review(ProcessSubject.of(task), ActingUser.of(task),
				SubmittedForm.text(task, SelectionProcess.VAR_DECISION),
				SubmittedForm.text(task, SelectionProcess.VAR_COMMENT));
	}

}
