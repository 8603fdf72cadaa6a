package org.opencall.reporting.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.opencall.platform.process.ActingUser;
import org.opencall.platform.process.SubmittedForm;

import org.springframework.stereotype.Component;

/**
 * On completion of a report's review task, from Tasklist or from Opencall: the completing
 * officer approves the report or sends it back; the rules are the domain's.
 */
@Component("reviewProgrammeReportListener")
class ReviewProgrammeReportListener implements TaskListener {

	private final ReportingSteps steps;

	ReviewProgrammeReportListener(ReportingSteps steps) {
		this.steps = steps;
	}

	@Override
	public void notify(DelegateTask task) {
		this.steps.review(ReportScope.call(task.getExecution()), ReportScope.number(task), ActingUser.of(task),
				SubmittedForm.text(task, ReportingProcess.VAR_DECISION),
				SubmittedForm.text(task, ReportingProcess.VAR_COMMENT));
	}

}
