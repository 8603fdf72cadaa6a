package org.opencall.calls.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.calls.CallSchedule;

import org.springframework.stereotype.Component;

/** {@code Task_CloseCall}: the deadline has passed. */
@Component("closeCallDelegate")
class CloseCallDelegate implements JavaDelegate {

	private final CallSchedule schedule;

	CloseCallDelegate(CallSchedule schedule) {
		this.schedule = schedule;
	}

	@Override
	public void execute(DelegateExecution execution) {
		int pending = this.schedule
			.close(UUID.fromString((String) execution.getVariable(CallLifecycleProcess.VAR_CALL_ID)));
		execution.setVariable(CallLifecycleProcess.VAR_PENDING_ELIGIBILITY_CHECKS, pending);
	}

}
