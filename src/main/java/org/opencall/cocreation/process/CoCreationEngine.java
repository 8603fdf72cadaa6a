package org.opencall.cocreation.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

import org.opencall.platform.StateConflictException;
import org.opencall.platform.TaskCompletion;
import org.opencall.platform.process.InstanceStart;
import org.opencall.platform.process.OpenTasks;

import org.springframework.stereotype.Component;

/**
 * Starts a grant's {@code co-creation}, tells it of a submitted deliverable, and
 * completes the officers' and the host's tasks for them when they act in Opencall rather
 * than in Tasklist.
 */
@Component
public class CoCreationEngine {

	private final InstanceStart instanceStart;

	private final OpenTasks openTasks;

	private final TaskCompletion tasks;

	private final TaskService taskService;

	private final RuntimeService runtimeService;

	CoCreationEngine(InstanceStart instanceStart, OpenTasks openTasks, TaskCompletion tasks, TaskService taskService,
			RuntimeService runtimeService) {
		this.instanceStart = instanceStart;
		this.openTasks = openTasks;
		this.tasks = tasks;
		this.taskService = taskService;
		this.runtimeService = runtimeService;
	}

	/** Starts the co-creation of a signed grant, readable by its programme's officers. */
	public void start(String grantReference, String officersGroup) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CoCreationProcess.VAR_GRANT_REFERENCE, grantReference);
		this.instanceStart.start(CoCreationProcess.KEY, grantReference, variables, officersGroup);
	}

	/** Whether the grant's co-creation waits for the company's deliverable. */
	public boolean waitsForDeliverable(String grantReference) {
		return this.runtimeService.createExecutionQuery()
			.processDefinitionKey(CoCreationProcess.KEY)
			.processInstanceBusinessKey(grantReference)
			.activityId(CoCreationProcess.TASK_SUBMIT_DELIVERABLE)
			.count() > 0;
	}

	/** The company submitted its deliverable in Opencall: the reviews begin. */
	public void deliverableSubmitted(String grantReference) {
		if (!waitsForDeliverable(grantReference)) {
			throw new StateConflictException("Grant " + grantReference + " is not waiting for a deliverable");
		}
		this.runtimeService.createMessageCorrelation(CoCreationProcess.MESSAGE_DELIVERABLE_SUBMITTED)
			.processInstanceBusinessKey(grantReference)
			.correlate();
	}

	public void completeKickOff(String grantReference, String officer, String date, String notes) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CoCreationProcess.VAR_KICK_OFF_DATE, (date != null) ? date : "");
		variables.put(CoCreationProcess.VAR_KICK_OFF_NOTES, (notes != null) ? notes : "");
		complete(grantReference, CoCreationProcess.TASK_HOLD_KICK_OFF, officer, variables);
	}

	public void completeReview(String grantReference, String officer, String verdict, String comment) {
		complete(grantReference, CoCreationProcess.TASK_REVIEW, officer, verdict(verdict, comment));
	}

	public void completeCoReview(String grantReference, String needOwner, String verdict, String comment) {
		complete(grantReference, CoCreationProcess.TASK_CO_REVIEW, needOwner, verdict(verdict, comment));
	}

	public void completeFinalReview(String grantReference, String officer, String outcome, String finalValues,
			String summary) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CoCreationProcess.VAR_OUTCOME, (outcome != null) ? outcome : "");
		variables.put(CoCreationProcess.VAR_FINAL_VALUES, (finalValues != null) ? finalValues : "");
		variables.put(CoCreationProcess.VAR_SUMMARY, (summary != null) ? summary : "");
		complete(grantReference, CoCreationProcess.TASK_FINAL_REVIEW, officer, variables);
	}

	/** Completes the release task the domain bound to the payment. */
	public void completeRelease(String grantReference, String taskId, String officer) {
		Task task = (taskId != null) ? this.taskService.createTaskQuery()
			.taskId(taskId)
			.processInstanceBusinessKey(grantReference)
			.singleResult() : null;
		if (task == null) {
			throw new StateConflictException("The payment of grant " + grantReference + " waits for no release");
		}
		this.tasks.completeAs(officer, task.getId(), Map.of());
	}

	private static Map<String, Object> verdict(String verdict, String comment) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CoCreationProcess.VAR_VERDICT, (verdict != null) ? verdict : "");
		variables.put(CoCreationProcess.VAR_COMMENT, (comment != null) ? comment : "");
		return variables;
	}

	private void complete(String grantReference, String taskKey, String user, Map<String, Object> variables) {
		String taskId = this.openTasks
			.find(CoCreationProcess.KEY, grantReference, taskKey, "The pilot of grant " + grantReference)
			.getId();
		this.tasks.completeAs(user, taskId, variables);
	}

}
