package org.opencall.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * {@code Task_PreparePeriodicReport}: the call's next periodic report, its figures
 * frozen; its number is kept in this report's scope.
 */
@Component("preparePeriodicReportDelegate")
class PreparePeriodicReportDelegate implements JavaDelegate {

	private final ReportingSteps steps;

	PreparePeriodicReportDelegate(ReportingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReportScope.prepared(execution, this.steps.preparePeriodic(ReportScope.call(execution)));
	}

}
