package org.opencall.contracting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * When {@code Task_ApproveGrantAgreement} is claimed or assigned: refused to the officer
 * who prepared the agreement, so that the task always waits for a second officer.
 */
@Component("secondGrantOfficerListener")
class SecondGrantOfficerListener implements TaskListener {

	private final ContractingSteps steps;

	SecondGrantOfficerListener(ContractingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		if (task.getAssignee() != null) {
			this.steps.requireSecondOfficer(ProcessSubject.of(task), task.getAssignee());
		}
	}

}
