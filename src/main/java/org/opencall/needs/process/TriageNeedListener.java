package org.opencall.needs.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.opencall.needs.NeedTriage;
import org.opencall.needs.TriageDecision;
import org.opencall.needs.TriageInput;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_TriageNeed}, from Tasklist or from the application:
 * applies the officer's decision.
 */
@Component("triageNeedListener")
class TriageNeedListener implements TaskListener {

	private final NeedTriage triage;

	TriageNeedListener(NeedTriage triage) {
		this.triage = triage;
	}

	@Override
	public void notify(DelegateTask task) {
		Authentication officer = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		TriageInput input = new TriageInput(text(task, NeedsIdentificationProcess.VAR_DECISION),
				text(task, NeedsIdentificationProcess.VAR_REASON), text(task, NeedsIdentificationProcess.VAR_QUESTION),
				text(task, NeedsIdentificationProcess.VAR_DUPLICATE_OF));
		this.triage.record(UUID.fromString(text(task, NeedsIdentificationProcess.VAR_NEED_ID)),
				(officer != null) ? officer.getUserId() : null, TriageDecision.fromVariable(input.decision()), input);
	}

	private static String text(DelegateTask task, String variable) {
		Object value = task.getVariable(variable);
		return (value != null) ? value.toString() : null;
	}

}
