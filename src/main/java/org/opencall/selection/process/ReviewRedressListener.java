package org.opencall.selection.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.ProcessSubject;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/** On completion of {@code Task_ReviewRedress}: the completing officer's decision. */
@Component("reviewRedressListener")
class ReviewRedressListener implements TaskListener {

	private final RedressSteps steps;

	ReviewRedressListener(RedressSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.recordReview(ProcessSubject.of(task), ActingUser.of(task),
				SubmittedForm.text(task, RedressProcess.VAR_DECISION),
				SubmittedForm.text(task, RedressProcess.VAR_REASONS));
	}

}
