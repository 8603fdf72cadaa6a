package org.opencall.evaluation.process;

import java.util.HashMap;
import java.util.Map;

import org.opencall.platform.TaskCompletion;
import org.opencall.platform.process.InstanceStart;
import org.opencall.platform.process.OpenTasks;

import org.springframework.stereotype.Component;

/**
 * The evaluation module's side of {@code expert-invitation}: starts one instance per
 * invitation (business key: the invitation's id), readable by the officers of the call's
 * programme, and completes the expert's task as the expert when they answer in Opencall.
 */
@Component
public class ExpertInvitationEngine {

	private final InstanceStart instanceStart;

	private final OpenTasks openTasks;

	private final TaskCompletion tasks;

	ExpertInvitationEngine(InstanceStart instanceStart, OpenTasks openTasks, TaskCompletion tasks) {
		this.instanceStart = instanceStart;
		this.openTasks = openTasks;
		this.tasks = tasks;
	}

	public void start(String invitationId, String callReference, String callTitle, String readableBy) {
		Map<String, Object> variables = new HashMap<>();
		variables.put(ExpertInvitationProcess.VAR_CALL_REFERENCE, callReference);
		variables.put(ExpertInvitationProcess.VAR_CALL_TITLE, callTitle);
		this.instanceStart.start(ExpertInvitationProcess.KEY, invitationId, variables, readableBy);
	}

	/** The expert answers in Opencall: the same completion as in Tasklist. */
	public void answer(String invitationId, String expert, String decision, String reason) {
		String taskId = this.openTasks
			.find(ExpertInvitationProcess.KEY, invitationId, ExpertInvitationProcess.TASK_ACCEPT_INVITATION,
					"The invitation")
			.getId();
		Map<String, Object> variables = new HashMap<>();
		variables.put(ExpertInvitationProcess.VAR_DECISION, (decision != null) ? decision : "");
		variables.put(ExpertInvitationProcess.VAR_REASON, (reason != null) ? reason : "");
		this.tasks.completeAs(expert, taskId, variables);
	}

}
