package org.opencall.cocreation.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_HoldKickOff}: the officer who completes it records the
 * kick-off held with the host organisation.
 */
@Component("holdKickOffListener")
class HoldKickOffListener implements TaskListener {

	private final CoCreationSteps steps;

	HoldKickOffListener(CoCreationSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.holdKickOff(ProcessSubject.of(task), ActingUser.of(task),
				KickOffDate.of(SubmittedForm.text(task, CoCreationProcess.VAR_KICK_OFF_DATE)),
				SubmittedForm.text(task, CoCreationProcess.VAR_KICK_OFF_NOTES));
	}

}
