package org.opencall.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.springframework.stereotype.Component;

/**
 * {@code Task_MailPeriodicReport} and {@code Task_MailFinalReport}: the approved report
 * with its PDF goes to the programme's funder.
 */
@Component("mailProgrammeReportDelegate")
class MailProgrammeReportDelegate implements JavaDelegate {

	private final ReportingSteps steps;

	MailProgrammeReportDelegate(ReportingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.mail(ReportScope.call(execution), ReportScope.number(execution));
	}

}
