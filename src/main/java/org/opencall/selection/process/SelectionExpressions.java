package org.opencall.selection.process;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * What {@code selection}'s expressions read: always from the domain, by the instance's
 * business key, never from a variable a user could write.
 */
@Component("selection")
public class SelectionExpressions {

	private final SelectionSteps steps;

	SelectionExpressions(SelectionSteps steps) {
		this.steps = steps;
	}

	public String officers(DelegateExecution execution) {
		return this.steps.officersGroup(ProcessSubject.of(execution));
	}

	public boolean isDecided(DelegateExecution execution) {
		return this.steps.isDecided(ProcessSubject.of(execution));
	}

	public int lettersToSend(DelegateExecution execution) {
		return this.steps.lettersToSend(ProcessSubject.of(execution));
	}

	public Date redressDeadline(DelegateExecution execution) {
		return Date.from(this.steps.redressDeadline(ProcessSubject.of(execution)));
	}

}
