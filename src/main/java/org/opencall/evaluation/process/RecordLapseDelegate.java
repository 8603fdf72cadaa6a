package org.opencall.evaluation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_RecordLapse}: the deadline passed without an answer. */
@Component("recordLapseDelegate")
class RecordLapseDelegate implements JavaDelegate {

	private final ExpertInvitationSteps steps;

	RecordLapseDelegate(ExpertInvitationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.steps.lapse(ProcessSubject.of(execution));
	}

}
