package org.opencall.calls.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.opencall.calls.ReviewDecision;
import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_ReviewCall}, from Tasklist or from the application:
 * records the decision of the officer who completes it on the call the instance is about.
 */
@Component("reviewCallListener")
class ReviewCallListener implements TaskListener {

	private final CallLifecycleSteps steps;

	ReviewCallListener(CallLifecycleSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		String comment = SubmittedForm.text(task, CallLifecycleProcess.VAR_COMMENT);
		this.steps.recordReview(ProcessSubject.of(task), ActingUser.of(task),
				ReviewDecision.fromVariable(task.getVariable(CallLifecycleProcess.VAR_DECISION)), comment);
		task.setVariable(CallLifecycleProcess.VAR_REVIEW_COMMENT, (comment != null) ? comment : "");
	}

}
