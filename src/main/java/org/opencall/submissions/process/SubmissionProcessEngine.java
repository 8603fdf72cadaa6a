package org.opencall.submissions.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.opencall.platform.TaskCompletion;
import org.opencall.platform.process.InstanceStart;
import org.opencall.platform.process.OpenTasks;
import org.opencall.submissions.domain.Submission;

import org.springframework.stereotype.Component;

/**
 * The submissions module's side of the engine: one {@code submission} instance per
 * proposal (business key: its reference), started at its first submission. The instance
 * reads its call's deadline and programme from the domain
 * ({@link SubmissionLifecycleExpressions}); its variables only label the tasks.
 */
@Component
public class SubmissionProcessEngine {

	private final RuntimeService runtimeService;

	private final OpenTasks openTasks;

	private final TaskCompletion tasks;

	private final InstanceStart instanceStart;

	SubmissionProcessEngine(RuntimeService runtimeService, OpenTasks openTasks, TaskCompletion tasks,
			InstanceStart instanceStart) {
		this.runtimeService = runtimeService;
		this.openTasks = openTasks;
		this.tasks = tasks;
		this.instanceStart = instanceStart;
	}

	public void start(Submission submission, String programmeGroup) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(SubmissionProcess.VAR_REFERENCE, submission.reference());
		variables.put(SubmissionProcess.VAR_TITLE, submission.content().title());
		variables.put(SubmissionProcess.VAR_CALL, submission.callReference());
		this.instanceStart.start(SubmissionProcess.KEY, submission.reference(), variables, programmeGroup);
	}

	public void withdraw(Submission submission) {
		this.runtimeService.createMessageCorrelation(SubmissionProcess.MESSAGE_WITHDRAWN)
			.processInstanceBusinessKey(submission.reference())
			.correlateAll();
	}

	public void completeAdmissibility(Submission submission, String officer, boolean eligible, String comment) {
		String taskId = this.openTasks
			.find(SubmissionProcess.KEY, submission.reference(), SubmissionProcess.TASK_CHECK_ADMISSIBILITY,
					"Submission " + submission.reference())
			.getId();
		Map<String, Object> variables = new HashMap<>();
		variables.put(SubmissionProcess.VAR_DECISION, eligible ? "eligible" : "ineligible");
		variables.put(SubmissionProcess.VAR_COMMENT, (comment != null) ? comment : "");
		this.tasks.completeAs(officer, taskId, variables);
	}

}
