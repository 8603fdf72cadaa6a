package org.opencall.selection.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** Gives the reviewing officer's task the request, its grounds and the result. */
@Component("redressContextListener")
class RedressContextListener implements TaskListener {

	private final RedressSteps steps;

	RedressContextListener(RedressSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariablesLocal(this.steps.reviewContext(ProcessSubject.of(task)));
	}

}
