package org.opencall.needs.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.needs.NeedClarification;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_RemindNeedOwner}: the question has waited for its reminder time. */
@Component("remindNeedOwnerDelegate")
class RemindNeedOwnerDelegate implements JavaDelegate {

	private final NeedClarification clarification;

	RemindNeedOwnerDelegate(NeedClarification clarification) {
		this.clarification = clarification;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.clarification.remind(ProcessSubject.of(execution));
	}

}
