package org.opencall.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * What {@code reporting}'s expressions read: always from the domain, by the instance's
 * business key (and the number its report's scope holds), never from a variable a user
 * could write.
 */
@Component("reporting")
public class ReportingExpressions {

	private final ReportingSteps steps;

	ReportingExpressions(ReportingSteps steps) {
		this.steps = steps;
	}

	public String officers(DelegateExecution execution) {
		return this.steps.officersGroup(ProcessSubject.of(execution));
	}

	public String schedule(DelegateExecution execution) {
		return this.steps.schedule(ProcessSubject.of(execution));
	}

	public boolean isApproved(DelegateExecution execution) {
		return this.steps.isApproved(ProcessSubject.of(execution), ReportScope.number(execution));
	}

}
