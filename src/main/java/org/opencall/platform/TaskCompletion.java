package org.opencall.platform;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;

import org.springframework.stereotype.Component;

/**
 * Completes a user task as the person who acts, so that the engine checks their
 * authorizations and its history names them. The engine wraps what a task listener
 * throws; a refusal of the domain travels back as itself, so that the API answers with
 * the field and the reason.
 */
@Component
public class TaskCompletion {

	private final TaskService taskService;

	private final IdentityService identityService;

	TaskCompletion(TaskService taskService, IdentityService identityService) {
		this.taskService = taskService;
		this.identityService = identityService;
	}

	public void completeAs(String userId, String taskId, Map<String, Object> variables) {
		List<String> groups = this.identityService.createGroupQuery()
			.groupMember(userId)
			.list()
			.stream()
			.map(Group::getId)
			.toList();
		this.identityService.setAuthentication(userId, groups);
		try {
			this.taskService.complete(taskId, variables);
		}
		catch (AuthorizationException ex) {
			throw new ActionForbiddenException("You may not complete this task");
		}
		catch (ProcessEngineException ex) {
			throw unwrap(ex);
		}
		finally {
			this.identityService.clearAuthentication();
		}
	}

	static RuntimeException unwrap(RuntimeException ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof InvalidInputException || cause instanceof StateConflictException
					|| cause instanceof ActionForbiddenException || cause instanceof NotFoundException) {
				return (RuntimeException) cause;
			}
		}
		return ex;
	}

}
