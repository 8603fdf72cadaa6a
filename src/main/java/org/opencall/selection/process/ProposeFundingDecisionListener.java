package org.opencall.selection.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_ProposeFundingDecision}, from Tasklist or from Opencall:
 * the officer who completes it proposes the ranking as it stands.
 */
@Component("proposeFundingDecisionListener")
class ProposeFundingDecisionListener implements TaskListener {

	private final SelectionSteps steps;

	ProposeFundingDecisionListener(SelectionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.propose(ProcessSubject.of(task), ActingUser.of(task),
				SubmittedForm.text(task, SelectionProcess.VAR_COMMENT));
	}

}
