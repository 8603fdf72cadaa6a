package org.opencall.cocreation.process;

import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * What {@code co-creation}'s expressions read: always from the domain, by the instance's
 * business key (the grant's reference), never from a variable a user could write.
 */
@Component("cocreation")
public class CoCreationExpressions {

	private final CoCreationSteps steps;

	CoCreationExpressions(CoCreationSteps steps) {
		this.steps = steps;
	}

	public String officers(DelegateExecution execution) {
		return this.steps.officersGroup(ProcessSubject.of(execution));
	}

	public List<String> hostNeedOwners(DelegateExecution execution) {
		return this.steps.hostNeedOwners(ProcessSubject.of(execution));
	}

	public Date reminderAt(DelegateExecution execution) {
		return Date.from(this.steps.reminderAt(ProcessSubject.of(execution)));
	}

	public Date escalationAt(DelegateExecution execution) {
		return Date.from(this.steps.escalationAt(ProcessSubject.of(execution)));
	}

	public boolean hasPaymentToRelease(DelegateExecution execution) {
		return this.steps.hasPaymentToRelease(ProcessSubject.of(execution));
	}

	public boolean isAccepted(DelegateExecution execution) {
		return this.steps.isAccepted(ProcessSubject.of(execution));
	}

	public boolean hasOpenMilestone(DelegateExecution execution) {
		return this.steps.hasOpenMilestone(ProcessSubject.of(execution));
	}

}
