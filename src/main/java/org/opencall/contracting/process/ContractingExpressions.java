package org.opencall.contracting.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * What {@code contracting}'s expressions read: always from the domain, by the instance's
 * business key, never from a variable a user could write.
 */
@Component("contracting")
public class ContractingExpressions {

	private final ContractingSteps steps;

	ContractingExpressions(ContractingSteps steps) {
		this.steps = steps;
	}

	public String officers(DelegateExecution execution) {
		return this.steps.officersGroup(ProcessSubject.of(execution));
	}

	public boolean isOffered(DelegateExecution execution) {
		return this.steps.isOffered(ProcessSubject.of(execution));
	}

	public boolean isSigned(DelegateExecution execution) {
		return this.steps.isSigned(ProcessSubject.of(execution));
	}

	public Date reminderAt(DelegateExecution execution) {
		return Date.from(this.steps.reminderAt(ProcessSubject.of(execution)));
	}

	public Date acceptanceDeadline(DelegateExecution execution) {
		return Date.from(this.steps.acceptanceDeadline(ProcessSubject.of(execution)));
	}

}
