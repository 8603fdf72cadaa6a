package org.opencall.selection.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import org.opencall.platform.TaskCompletion;
import org.opencall.platform.process.InstanceStart;
import org.opencall.platform.process.OpenTasks;

import org.springframework.stereotype.Component;

/**
 * Starts a redress request's process, completes its review and reports re-evaluations.
 */
@Component
public class RedressEngine {

	private final InstanceStart instanceStart;

	private final OpenTasks openTasks;

	private final TaskCompletion tasks;

	private final RuntimeService runtimeService;

	RedressEngine(InstanceStart instanceStart, OpenTasks openTasks, TaskCompletion tasks,
			RuntimeService runtimeService) {
		this.instanceStart = instanceStart;
		this.openTasks = openTasks;
		this.tasks = tasks;
		this.runtimeService = runtimeService;
	}

	public void start(String submissionReference, String officersGroup) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(RedressProcess.VAR_SUBMISSION_REFERENCE, submissionReference);
		this.instanceStart.start(RedressProcess.KEY, submissionReference, variables, officersGroup);
	}

	public void completeReview(String submissionReference, String officer, String decision, String reasons) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(RedressProcess.VAR_DECISION, decision);
		variables.put(RedressProcess.VAR_REASONS, (reasons != null) ? reasons : "");
		String taskId = this.openTasks
			.find(RedressProcess.KEY, submissionReference, RedressProcess.TASK_REVIEW,
					"The redress request of " + submissionReference)
			.getId();
		this.tasks.completeAs(officer, taskId, variables);
	}

	/** The proposal's re-evaluation is complete: its redress moves on, if one waits. */
	public void reevaluationCompleted(String submissionReference) {
		this.runtimeService.createMessageCorrelation(RedressProcess.MESSAGE_REEVALUATION_COMPLETED)
			.processInstanceBusinessKey(submissionReference)
			.correlateAll();
	}

}
