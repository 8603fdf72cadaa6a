package org.opencall.platform.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * The subject of a task or job — the call, need or submission a process instance is about
 * — is its business key, set by the application when it starts the instance and never by
 * a user. Process variables are not trusted for this: a user could write them.
 */
public final class ProcessSubject {

	private ProcessSubject() {
	}

	/** The reference of the domain object the execution's process instance is about. */
	public static String of(DelegateExecution execution) {
		String businessKey = execution.getProcessBusinessKey();
		if (businessKey == null || businessKey.isBlank()) {
			throw new IllegalStateException(
					"Process instance " + execution.getProcessInstanceId() + " has no business key");
		}
		return businessKey;
	}

	/** The reference of the domain object the task's process instance is about. */
	public static String of(DelegateTask task) {
		return of(task.getExecution());
	}

}
