package org.opencall.needs.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.needs.NeedClarification;

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
		this.clarification
			.remind(UUID.fromString((String) execution.getVariable(NeedsIdentificationProcess.VAR_NEED_ID)));
	}

}
