package org.opencall.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.Task;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.process.TaskForm;
import org.opencall.platform.process.TaskForms;

import org.springframework.stereotype.Component;

/**
 * What the engine API guard asks the engine about a task: whether a user sees it, who has
 * claimed it, and whether a completion carries exactly the fields of its form.
 */
@Component
class EngineApiTasks {

	private static final TaskForm NO_FORM = new TaskForm("", Set.of(), Set.of(), Set.of());

	private final TaskService taskService;

	private final IdentityService identityService;

	private final TaskForms forms;

	private final ProcessEngineImpl engine;

	EngineApiTasks(TaskService taskService, IdentityService identityService, TaskForms forms, ProcessEngine engine) {
		this.taskService = taskService;
		this.identityService = identityService;
		this.forms = forms;
		this.engine = (ProcessEngineImpl) engine;
	}

	/** Whether the engine's authorizations let the user see the task. */
	boolean visibleTo(String taskId, String userId, Set<String> groups) {
		return as(new Authentication(userId, List.copyOf(groups)),
				() -> this.taskService.createTaskQuery().taskId(taskId).count() > 0);
	}

	String assignee(String taskId) {
		Task task = as(null, () -> this.taskService.createTaskQuery().taskId(taskId).singleResult());
		return (task != null) ? task.getAssignee() : null;
	}

	/**
	 * Gives back a task the user claimed. Their permission to work a task does not cover
	 * assigning it, so Opencall unassigns it for them, in their name, once it has checked
	 * that the task is theirs.
	 */
	void giveBack(String taskId, String userId, Set<String> groups) {
		as(new Authentication(userId, List.copyOf(groups)),
				() -> this.engine.getProcessEngineConfiguration()
					.getCommandExecutorTxRequired()
					.execute((CommandContext context) -> {
						context.disableAuthorizationCheck();
						return new AssignTaskCmd(taskId, null).execute(context);
					}));
	}

	/**
	 * Why completing the task with these variables is refused: a variable that is not a
	 * field of the task's form, a context field changed, a required field missing.
	 */
	List<FieldViolation> completionRefusals(String taskId, Map<String, Submitted> variables) {
		Task task = as(null,
				() -> this.taskService.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult());
		if (task == null) {
			return List.of(new FieldViolation("task", "does not exist"));
		}
		TaskForm form = (task.getCamundaFormRef() != null)
				? this.forms.form(task.getCamundaFormRef().getKey()).orElse(NO_FORM) : NO_FORM;
		Map<String, TaskForm.SubmittedVariable> submitted = new java.util.LinkedHashMap<>();
		variables.forEach((name, variable) -> submitted.put(name,
				new TaskForm.SubmittedVariable(plain(variable.value()), variable.type())));
		List<FieldViolation> refusals = new ArrayList<>(
				form.refusals(submitted, (name) -> as(null, () -> this.taskService.getVariable(taskId, name))));
		return refusals;
	}

	private static Object plain(JsonNode value) {
		if (value == null || value.isNull()) {
			return null;
		}
		return value.isValueNode() ? value.asText() : value.toString();
	}

	/** Runs a query as the given user, or unrestricted, and puts back who was acting. */
	private <T> T as(Authentication authentication, Supplier<T> query) {
		Authentication current = this.identityService.getCurrentAuthentication();
		if (authentication != null) {
			this.identityService.setAuthentication(authentication);
		}
		else {
			this.identityService.clearAuthentication();
		}
		try {
			return query.get();
		}
		finally {
			if (current != null) {
				this.identityService.setAuthentication(current);
			}
			else {
				this.identityService.clearAuthentication();
			}
		}
	}

	/** A variable as a completion request carries it. */
	record Submitted(JsonNode value, String type) {
	}

}
