package org.opencall.platform.process;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.opencall.platform.StateConflictException;

import org.springframework.stereotype.Component;

/**
 * Finds the open user task of one kind in the process instance about one domain object
 * (its business key), for the application to complete it as the person who acts.
 */
@Component
public class OpenTasks {

	private final TaskService taskService;

	OpenTasks(TaskService taskService) {
		this.taskService = taskService;
	}

	/**
	 * The open task, or a refusal in words when the process is not waiting for it.
	 * @param processKey the process model
	 * @param reference the business key: the reference of the call, need or submission
	 * @param taskKey the task's element id
	 * @param what the subject in words, e.g. "Call HC-2027-01"
	 */
	public Task find(String processKey, String reference, String taskKey, String what) {
		Task task = this.taskService.createTaskQuery()
			.processDefinitionKey(processKey)
			.processInstanceBusinessKey(reference)
			.taskDefinitionKey(taskKey)
			.singleResult();
		if (task == null) {
			throw new StateConflictException(what + " is not waiting for this step");
		}
		return task;
	}

}
