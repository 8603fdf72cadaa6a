package org.opencall.submissions.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.opencall.platform.InvalidInputException;
import org.opencall.submissions.EligibilityDecision;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_CheckAdmissibility}: records the officer's decision.
 */
@Component("checkAdmissibilityListener")
class CheckAdmissibilityListener implements TaskListener {

	private final EligibilityDecision decision;

	CheckAdmissibilityListener(EligibilityDecision decision) {
		this.decision = decision;
	}

	@Override
	public void notify(DelegateTask task) {
		Authentication officer = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		Object value = task.getVariable(SubmissionProcess.VAR_DECISION);
		if (!"eligible".equals(value) && !"ineligible".equals(value)) {
			throw InvalidInputException.of("decision", "must be eligible or ineligible");
		}
		Object comment = task.getVariable(SubmissionProcess.VAR_COMMENT);
		this.decision.record(UUID.fromString((String) task.getVariable(SubmissionProcess.VAR_SUBMISSION_ID)),
				(officer != null) ? officer.getUserId() : null, "eligible".equals(value),
				(comment != null) ? comment.toString() : null);
	}

}
