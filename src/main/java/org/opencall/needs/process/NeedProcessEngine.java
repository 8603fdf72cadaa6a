package org.opencall.needs.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.opencall.needs.TriageDecision;
import org.opencall.needs.TriageInput;
import org.opencall.needs.domain.Need;
import org.opencall.platform.TaskCompletion;
import org.opencall.platform.process.OpenTasks;

import org.springframework.stereotype.Component;

/**
 * The needs module's side of the engine: starts a need's {@code needs-identification}
 * instance and completes its tasks as the person who acts.
 */
@Component
public class NeedProcessEngine {

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final OpenTasks openTasks;

	private final TaskCompletion tasks;

	NeedProcessEngine(RuntimeService runtimeService, TaskService taskService, OpenTasks openTasks,
			TaskCompletion tasks) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.openTasks = openTasks;
		this.tasks = tasks;
	}

	public void start(Need need) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(NeedsIdentificationProcess.VAR_REFERENCE, need.reference());
		variables.put(NeedsIdentificationProcess.VAR_TITLE, need.details().title());
		this.runtimeService.startProcessInstanceByKey(NeedsIdentificationProcess.KEY, need.reference(), variables);
	}

	public void completeTriage(Need need, String officer, TriageDecision decision, TriageInput input) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(NeedsIdentificationProcess.VAR_DECISION, decision.variableValue());
		variables.put(NeedsIdentificationProcess.VAR_REASON, orEmpty(input.reason()));
		variables.put(NeedsIdentificationProcess.VAR_QUESTION, orEmpty(input.question()));
		variables.put(NeedsIdentificationProcess.VAR_DUPLICATE_OF, orEmpty(input.duplicateOf()));
		this.tasks.completeAs(officer, openTask(need, NeedsIdentificationProcess.TASK_TRIAGE_NEED).getId(), variables);
	}

	public void completeClarification(Need need, String owner, String answer) {
		Task task = openTask(need, NeedsIdentificationProcess.TASK_ANSWER_CLARIFICATION);
		// a colleague of the same organisation may answer; the task is the owner's
		this.taskService.setAssignee(task.getId(), owner);
		this.tasks.completeAs(owner, task.getId(), Map.of(NeedsIdentificationProcess.VAR_ANSWER, orEmpty(answer)));
	}

	private Task openTask(Need need, String taskKey) {
		return this.openTasks.find(NeedsIdentificationProcess.KEY, need.reference(), taskKey,
				"Need " + need.reference());
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
