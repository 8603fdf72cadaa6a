package org.opencall.needs.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.opencall.needs.TriageDecision;
import org.opencall.needs.TriageInput;
import org.opencall.needs.domain.Need;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TaskCompletion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The needs module's side of the engine: starts a need's {@code needs-identification}
 * instance and completes its tasks as the person who acts.
 */
@Component
public class NeedProcessEngine {

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final TaskCompletion tasks;

	private final String reminderAfter;

	private final String escalationAfter;

	NeedProcessEngine(RuntimeService runtimeService, TaskService taskService, TaskCompletion tasks,
			@Value("${opencall.needs.clarification-reminder}") String reminderAfter,
			@Value("${opencall.needs.clarification-escalation}") String escalationAfter) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.tasks = tasks;
		this.reminderAfter = reminderAfter;
		this.escalationAfter = escalationAfter;
	}

	public void start(Need need) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(NeedsIdentificationProcess.VAR_NEED_ID, need.id().toString());
		variables.put(NeedsIdentificationProcess.VAR_REFERENCE, need.reference());
		variables.put(NeedsIdentificationProcess.VAR_TITLE, need.details().title());
		variables.put(NeedsIdentificationProcess.VAR_OWNER, need.submittedBy());
		variables.put(NeedsIdentificationProcess.VAR_REMINDER_AFTER, this.reminderAfter);
		variables.put(NeedsIdentificationProcess.VAR_ESCALATION_AFTER, this.escalationAfter);
		this.runtimeService.startProcessInstanceByKey(NeedsIdentificationProcess.KEY, need.reference(), variables);
	}

	public void completeTriage(Need need, String officer, TriageDecision decision, TriageInput input) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(NeedsIdentificationProcess.VAR_DECISION, decision.variableValue());
		variables.put(NeedsIdentificationProcess.VAR_REASON, orEmpty(input.reason()));
		variables.put(NeedsIdentificationProcess.VAR_QUESTION, orEmpty(input.question()));
		variables.put(NeedsIdentificationProcess.VAR_DUPLICATE_OF, orEmpty(input.duplicateOf()));
		completeAs(officer, openTask(need, NeedsIdentificationProcess.TASK_TRIAGE_NEED), variables);
	}

	public void completeClarification(Need need, String owner, String answer) {
		Task task = openTask(need, NeedsIdentificationProcess.TASK_ANSWER_CLARIFICATION);
		// a colleague of the same organisation may answer; the task is the owner's
		this.taskService.setAssignee(task.getId(), owner);
		completeAs(owner, task, Map.of(NeedsIdentificationProcess.VAR_ANSWER, orEmpty(answer)));
	}

	private Task openTask(Need need, String taskKey) {
		Task task = this.taskService.createTaskQuery()
			.processDefinitionKey(NeedsIdentificationProcess.KEY)
			.processInstanceBusinessKey(need.reference())
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw new StateConflictException("Need " + need.reference() + " has no open task " + taskKey);
		}
		return task;
	}

	private void completeAs(String userId, Task task, Map<String, Object> variables) {
		this.tasks.completeAs(userId, task.getId(), variables);
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
