package org.opencall.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * {@code Task_PrepareFinalReport}: the call's final report over its whole life, its
 * figures frozen; its number is kept in this report's scope.
 */
@Component("prepareFinalReportDelegate")
class PrepareFinalReportDelegate implements JavaDelegate {

	private final ReportingSteps steps;

	PrepareFinalReportDelegate(ReportingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		ReportScope.prepared(execution, this.steps.prepareFinal(ReportScope.call(execution)));
	}

}
