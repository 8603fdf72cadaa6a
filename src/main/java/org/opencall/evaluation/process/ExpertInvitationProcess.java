package org.opencall.evaluation.process;

/**
 * Element ids, variables and values of {@code bpmn/expert-invitation.bpmn}.
 */
public final class ExpertInvitationProcess {

	public static final String KEY = "expert-invitation";

	public static final String START = "StartEvent_ExpertInvited";

	public static final String TASK_ACCEPT_INVITATION = "Task_AcceptInvitation";

	public static final String EVENT_RESPONSE_DEADLINE = "Event_ResponseDeadline";

	public static final String GATEWAY_ANSWER = "Gateway_Answer";

	public static final String END_ACCEPTED = "EndEvent_InvitationAccepted";

	public static final String END_DECLINED = "EndEvent_InvitationDeclined";

	public static final String TASK_RECORD_LAPSE = "Task_RecordLapse";

	public static final String END_LAPSED = "EndEvent_InvitationLapsed";

	/** The task's name before the call's title: "Accept invitation — {title}". */
	public static final String TASK_NAME = "Accept invitation";

	/** Labels of the instance, and the task's read-only context. */
	public static final String VAR_CALL_REFERENCE = "callReference";

	public static final String VAR_CALL_TITLE = "callTitle";

	public static final String VAR_RESPOND_BY = "respondBy";

	/** The form's fields. */
	public static final String VAR_DECISION = "decision";

	public static final String VAR_REASON = "reason";

	public static final String ACCEPT = "accept";

	public static final String DECLINE = "decline";

	private ExpertInvitationProcess() {
	}

}
