package org.opencall.selection.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/**
 * {@code Task_SendResultLetters}: the next batch of result letters, in this job's
 * transaction.
 */
@Component("sendResultLettersDelegate")
class SendResultLettersDelegate implements JavaDelegate {

	private final SelectionSteps steps;

	SendResultLettersDelegate(SelectionSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.sendLetters(ProcessSubject.of(execution));
	}

}
