package org.opencall.calls.process;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.opencall.calls.CallReview;
import org.opencall.calls.ReviewDecision;

import org.springframework.stereotype.Component;

/**
 * On completion of {@code Task_ReviewCall}, from Tasklist or from the application:
 * records the decision of the officer who completes it.
 */
@Component("reviewCallListener")
class ReviewCallListener implements TaskListener {

	private final CallReview review;

	ReviewCallListener(CallReview review) {
		this.review = review;
	}

	@Override
	public void notify(DelegateTask task) {
		Authentication officer = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		String comment = (String) task.getVariable(CallLifecycleProcess.VAR_COMMENT);
		this.review.record(UUID.fromString((String) task.getVariable(CallLifecycleProcess.VAR_CALL_ID)),
				(officer != null) ? officer.getUserId() : null,
				ReviewDecision.fromVariable(task.getVariable(CallLifecycleProcess.VAR_DECISION)), comment);
		task.setVariable(CallLifecycleProcess.VAR_REVIEW_COMMENT, (comment != null) ? comment : "");
	}

}
