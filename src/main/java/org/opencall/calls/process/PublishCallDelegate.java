package org.opencall.calls.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.opencall.calls.CallSchedule;
import org.opencall.platform.process.ProcessSubject;

import org.springframework.stereotype.Component;

/** {@code Task_PublishCall}: the opening time has come. */
@Component("publishCallDelegate")
class PublishCallDelegate implements JavaDelegate {

	private final CallSchedule schedule;

	PublishCallDelegate(CallSchedule schedule) {
		this.schedule = schedule;
	}

	@Override
	public void execute(DelegateExecution execution) {
		this.schedule.publish(ProcessSubject.of(execution));
	}

}
