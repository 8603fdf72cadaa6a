package org.opencall.needs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.needs.NeedClarification;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_EscalateToOfficer}: the question has waited for its escalation time. */
@Component("escalateToOfficerDelegate")
class EscalateToOfficerDelegate implements JavaDelegate {

	private final NeedClarification clarification;

	EscalateToOfficerDelegate(NeedClarification clarification) {
		this.clarification = clarification;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.clarification.escalate(ProcessSubject.of(execution));
	}

}
