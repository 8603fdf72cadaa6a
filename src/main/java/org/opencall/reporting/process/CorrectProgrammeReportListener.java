package org.opencall.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of a report's correction task: the completing officer says what was
 * corrected, and the figures are prepared again for the next review.
 */
@Component("correctProgrammeReportListener")
class CorrectProgrammeReportListener implements TaskListener {

	private final ReportingSteps steps;

	CorrectProgrammeReportListener(ReportingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.correct(ReportScope.call(task.getExecution()), ReportScope.number(task), ActingUser.of(task),
				SubmittedForm.text(task, ReportingProcess.VAR_CORRECTION));
	}

}
