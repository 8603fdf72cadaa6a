package org.opencall.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/** Gives the review and correction tasks the report and its frozen figures in words. */
@Component("reportingTaskContextListener")
class ReportingTaskContextListener implements TaskListener {

	private final ReportingSteps steps;

	ReportingTaskContextListener(ReportingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		task.setVariablesLocal(this.steps.taskContext(ReportScope.call(task.getExecution()), ReportScope.number(task)));
	}

}
