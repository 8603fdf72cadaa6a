package org.opencall.contracting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** Gives the preparing and approving officers' tasks the grant and its draft in words. */
@Component("contractingTaskContextListener")
class ContractingTaskContextListener implements TaskListener {

	private final ContractingSteps steps;

	ContractingTaskContextListener(ContractingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariablesLocal(this.steps.taskContext(ProcessSubject.of(task)));
	}

}
