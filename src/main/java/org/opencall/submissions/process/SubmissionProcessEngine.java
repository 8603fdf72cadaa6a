package org.opencall.submissions.process;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.opencall.platform.InstanceReadAccess;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TaskCompletion;
import org.opencall.submissions.domain.Submission;

import org.springframework.stereotype.Component;

/**
 * The submissions module's side of the engine: one {@code submission} instance per
 * proposal, started at its first submission.
 */
@Component
public class SubmissionProcessEngine {

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final TaskCompletion tasks;

	private final InstanceReadAccess instanceAccess;

	SubmissionProcessEngine(RuntimeService runtimeService, TaskService taskService, TaskCompletion tasks,
			InstanceReadAccess instanceAccess) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.tasks = tasks;
		this.instanceAccess = instanceAccess;
	}

	public void start(Submission submission, Instant deadline, String programmeGroup) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(SubmissionProcess.VAR_SUBMISSION_ID, submission.id().toString());
		variables.put(SubmissionProcess.VAR_REFERENCE, submission.reference());
		variables.put(SubmissionProcess.VAR_TITLE, submission.content().title());
		variables.put(SubmissionProcess.VAR_CALL, submission.callReference());
		variables.put(SubmissionProcess.VAR_PROGRAMME_GROUP, programmeGroup);
		variables.put(SubmissionProcess.VAR_DEADLINE, Date.from(deadline));
		String instanceId = this.runtimeService
			.startProcessInstanceByKey(SubmissionProcess.KEY, submission.reference(), variables)
			.getId();
		this.instanceAccess.grant(programmeGroup, instanceId);
	}

	public void withdraw(Submission submission) {
		this.runtimeService.createMessageCorrelation(SubmissionProcess.MESSAGE_WITHDRAWN)
			.processInstanceBusinessKey(submission.reference())
			.correlateAll();
	}

	public void completeAdmissibility(Submission submission, String officer, boolean eligible, String comment) {
		Task task = this.taskService.createTaskQuery()
			.processDefinitionKey(SubmissionProcess.KEY)
			.processInstanceBusinessKey(submission.reference())
			.taskDefinitionKey(SubmissionProcess.TASK_CHECK_ADMISSIBILITY)
			.singleResult();
		if (task == null) {
			throw new StateConflictException(
					"Submission " + submission.reference() + " has no open admissibility check");
		}
		Map<String, Object> variables = new HashMap<>();
		variables.put(SubmissionProcess.VAR_DECISION, eligible ? "eligible" : "ineligible");
		variables.put(SubmissionProcess.VAR_COMMENT, (comment != null) ? comment : "");
		this.tasks.completeAs(officer, task.getId(), variables);
	}

}
