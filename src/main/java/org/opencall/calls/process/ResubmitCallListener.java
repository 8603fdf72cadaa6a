package org.opencall.calls.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.opencall.calls.CallDrafting;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_ReviseCall}: the revised call goes back for approval,
 * submitted by the officer who completes the task.
 */
@Component("resubmitCallListener")
class ResubmitCallListener implements TaskListener {

	private final CallDrafting drafting;

	ResubmitCallListener(CallDrafting drafting) {
		this.drafting = drafting;
	}

	@Override
	public void notify(DelegateTask task) {
		Authentication officer = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		this.drafting.resubmit(UUID.fromString((String) task.getVariable(CallLifecycleProcess.VAR_CALL_ID)),
				(officer != null) ? officer.getUserId() : null);
	}

}
