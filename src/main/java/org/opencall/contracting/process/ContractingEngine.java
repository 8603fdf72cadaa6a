package org.opencall.contracting.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;

import org.opencall.platform.TaskCompletion;
import org.opencall.platform.process.InstanceStart;
import org.opencall.platform.process.OpenTasks;

import org.springframework.stereotype.Component;

/**
 * Starts a grant's {@code contracting}, completes its officers' tasks for them when they
 * act in Opencall rather than in Tasklist, and tells it the company answered.
 */
@Component
public class ContractingEngine {

	private final InstanceStart instanceStart;

	private final OpenTasks openTasks;

	private final TaskCompletion tasks;

	private final RuntimeService runtimeService;

	ContractingEngine(InstanceStart instanceStart, OpenTasks openTasks, TaskCompletion tasks,
			RuntimeService runtimeService) {
		this.instanceStart = instanceStart;
		this.openTasks = openTasks;
		this.tasks = tasks;
		this.runtimeService = runtimeService;
	}

	/** Starts the contracting of a grant, readable by its programme's officers. */
	public void start(String grantReference, String callReference, String officersGroup) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ContractingProcess.VAR_GRANT_REFERENCE, grantReference);
		variables.put(ContractingProcess.VAR_CALL_REFERENCE, callReference);
		this.instanceStart.start(ContractingProcess.KEY, grantReference, variables, officersGroup);
	}

	public void completePreparation(String grantReference, String officer) {
		complete(grantReference, ContractingProcess.TASK_PREPARE, officer, new HashMap<>());
	}

	public void completeReview(String grantReference, String officer, String decision, String comment) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ContractingProcess.VAR_DECISION, decision);
		variables.put(ContractingProcess.VAR_COMMENT, (comment != null) ? comment : "");
		complete(grantReference, ContractingProcess.TASK_APPROVE, officer, variables);
	}

	/** The company accepted or declined (the domain holds which). */
	public void answered(String grantReference) {
		this.runtimeService.createMessageCorrelation(ContractingProcess.MESSAGE_ANSWERED)
			.processInstanceBusinessKey(grantReference)
			.correlate();
	}

	private void complete(String grantReference, String taskKey, String officer, Map<String, Object> variables) {
		String taskId = this.openTasks
			.find(ContractingProcess.KEY, grantReference, taskKey, "The grant agreement " + grantReference)
			.getId();
		this.tasks.completeAs(officer, taskId, variables);
	}

}
