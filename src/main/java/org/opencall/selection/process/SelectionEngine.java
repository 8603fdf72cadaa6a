package org.opencall.selection.process;

import java.util.HashMap;
import java.util.Map;

import org.opencall.platform.TaskCompletion;
import org.opencall.platform.process.InstanceStart;
import org.opencall.platform.process.OpenTasks;

import org.springframework.stereotype.Component;

/**
 * Starts a call's {@code selection} and completes its officers' tasks for them when they
 * act in Opencall rather than in Tasklist.
 */
@Component
public class SelectionEngine {

	private final InstanceStart instanceStart;

	private final OpenTasks openTasks;

	private final TaskCompletion tasks;

	SelectionEngine(InstanceStart instanceStart, OpenTasks openTasks, TaskCompletion tasks) {
		this.instanceStart = instanceStart;
		this.openTasks = openTasks;
		this.tasks = tasks;
	}

	/**
	 * Starts the selection of an evaluated call, readable by its programme's officers.
	 */
	public void start(String callReference, String callTitle, String officersGroup) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(SelectionProcess.VAR_CALL_REFERENCE, callReference);
		variables.put(SelectionProcess.VAR_CALL_TITLE, callTitle);
		this.instanceStart.start(SelectionProcess.KEY, callReference, variables, officersGroup);
	}

	public void completeProposal(String callReference, String officer, String comment) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(SelectionProcess.VAR_COMMENT, (comment != null) ? comment : "");
		complete(callReference, SelectionProcess.TASK_PROPOSE, officer, variables);
	}

	public void completeReview(String callReference, String officer, String decision, String comment) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(SelectionProcess.VAR_DECISION, decision);
		variables.put(SelectionProcess.VAR_COMMENT, (comment != null) ? comment : "");
		complete(callReference, SelectionProcess.TASK_APPROVE, officer, variables);
	}

	private void complete(String callReference, String taskKey, String officer, Map<String, Object> variables) {
		String taskId = this.openTasks
			.find(SelectionProcess.KEY, callReference, taskKey, "The selection of call " + callReference)
			.getId();
		this.tasks.completeAs(officer, taskId, variables);
	}

}
