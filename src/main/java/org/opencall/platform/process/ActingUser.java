package org.opencall.platform.process;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who completes a task: the user the engine authenticated for the command, from Tasklist,
 * the REST API or the application's own {@code TaskCompletion}.
 */
public final class ActingUser {

	private ActingUser() {
	}

	/** The acting user's id, or {@code null} when the engine acts on its own (a job). */
	public static String of(DelegateTask task) {
		Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
		return (authentication != null) ? authentication.getUserId() : null;
	}

}
