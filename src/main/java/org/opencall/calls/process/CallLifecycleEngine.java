package org.opencall.calls.process;

import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.opencall.calls.ReviewDecision;
import org.opencall.calls.domain.Call;
import org.opencall.identity.Programme;
import org.opencall.platform.InstanceReadAccess;
import org.opencall.platform.StateConflictException;
import org.opencall.platform.TaskCompletion;

import org.springframework.stereotype.Component;

/**
 * The calls module's side of the engine: starts a call's {@code call-lifecycle} instance
 * and completes its user tasks as the officer who acts, so that the engine's
 * authorizations and history see that officer.
 */
@Component
public class CallLifecycleEngine {

	private final RuntimeService runtimeService;

	private final TaskService taskService;

	private final TaskCompletion tasks;

	private final InstanceReadAccess instanceAccess;

	CallLifecycleEngine(RuntimeService runtimeService, TaskService taskService, TaskCompletion tasks,
			InstanceReadAccess instanceAccess) {
		this.runtimeService = runtimeService;
		this.taskService = taskService;
		this.tasks = tasks;
		this.instanceAccess = instanceAccess;
	}

	public void start(Call call) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(CallLifecycleProcess.VAR_CALL_ID, call.id().toString());
		variables.put(CallLifecycleProcess.VAR_REFERENCE, call.reference());
		variables.put(CallLifecycleProcess.VAR_TITLE, call.terms().title());
		variables.put(CallLifecycleProcess.VAR_PROGRAMME_GROUP, programmeGroup(call));
		variables.put(CallLifecycleProcess.VAR_OPENS_AT, Date.from(call.terms().opensAt()));
		variables.put(CallLifecycleProcess.VAR_DEADLINE, Date.from(call.terms().deadline()));
		ProcessInstance instance = this.runtimeService.startProcessInstanceByKey(CallLifecycleProcess.KEY,
				call.reference(), variables);
		this.instanceAccess.grant(programmeGroup(call), instance.getId());
	}

	/** Keeps the opening and deadline of a revised call in step with its timers. */
	public void updateTerms(Call call) {
		ProcessInstance instance = instanceOf(call);
		this.runtimeService.setVariable(instance.getId(), CallLifecycleProcess.VAR_TITLE, call.terms().title());
		this.runtimeService.setVariable(instance.getId(), CallLifecycleProcess.VAR_OPENS_AT,
				Date.from(call.terms().opensAt()));
		this.runtimeService.setVariable(instance.getId(), CallLifecycleProcess.VAR_DEADLINE,
				Date.from(call.terms().deadline()));
	}

	public void eligibilityChecksDone(String reference) {
		this.runtimeService.createMessageCorrelation(CallLifecycleProcess.MESSAGE_ELIGIBILITY_CHECKS_DONE)
			.processInstanceBusinessKey(reference)
			.correlateAll();
	}

	public void completeReview(Call call, String officer, ReviewDecision decision, String comment) {
		Task task = openTask(call, CallLifecycleProcess.TASK_REVIEW_CALL);
		Map<String, Object> variables = new HashMap<>();
		variables.put(CallLifecycleProcess.VAR_DECISION, decision.variableValue());
		variables.put(CallLifecycleProcess.VAR_COMMENT, (comment != null) ? comment : "");
		completeAs(officer, task, variables);
	}

	public void completeRevision(Call call, String officer) {
		completeAs(officer, openTask(call, CallLifecycleProcess.TASK_REVISE_CALL), Map.of());
	}

	private Task openTask(Call call, String taskKey) {
		Task task = this.taskService.createTaskQuery()
			.processDefinitionKey(CallLifecycleProcess.KEY)
			.processInstanceBusinessKey(call.reference())
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw new StateConflictException(
					"Call " + call.reference() + " has no open task " + taskKey + " (status " + call.status() + ")");
		}
		return task;
	}

	private ProcessInstance instanceOf(Call call) {
		return this.runtimeService.createProcessInstanceQuery()
			.processDefinitionKey(CallLifecycleProcess.KEY)
			.processInstanceBusinessKey(call.reference())
			.singleResult();
	}

	private void completeAs(String userId, Task task, Map<String, Object> variables) {
		this.tasks.completeAs(userId, task.getId(), variables);
	}

	private String programmeGroup(Call call) {
		return Programme.groupIdOf(call.programmeCode());
	}

}
