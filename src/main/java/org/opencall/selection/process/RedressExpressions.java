package org.opencall.selection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** What {@code redress}'s expressions read, from the domain by the business key. */
@Component("redress")
public class RedressExpressions {

	private final RedressSteps steps;

	RedressExpressions(RedressSteps steps) {
		this.steps = steps;
	}

	public String officers(DelegateExecution execution) {
		return this.steps.officersGroup(ProcessSubject.of(execution));
	}

	public boolean isUpheld(DelegateExecution execution) {
		return this.steps.isUpheld(ProcessSubject.of(execution));
	}

}
