package org.opencall.selection.process;

/**
 * Element ids, variables and values of {@code bpmn/redress.bpmn}.
 */
public final class RedressProcess {

	public static final String KEY = "redress";

	public static final String START = "StartEvent_RedressRequested";

	public static final String TASK_REVIEW = "Task_ReviewRedress";

	public static final String TASK_START_REEVALUATION = "Task_StartReevaluation";

	public static final String EVENT_REEVALUATION_COMPLETED = "Event_ReevaluationCompleted";

	public static final String MESSAGE_REEVALUATION_COMPLETED = "ReevaluationCompleted";

	public static final String TASK_CONCLUDE = "Task_ConcludeRedress";

	public static final String END_CONCLUDED = "EndEvent_RedressConcluded";

	public static final String END_REJECTED = "EndEvent_RedressRejected";

	/** Context of the review task (task-local, set by the application). */
	public static final String VAR_SUBMISSION_REFERENCE = "submissionReference";

	public static final String VAR_PROPOSAL_TITLE = "proposalTitle";

	public static final String VAR_CALL_REFERENCE = "callReference";

	public static final String VAR_RESULT = "result";

	public static final String VAR_FILED_AT = "filedAt";

	public static final String VAR_GROUNDS = "grounds";

	/** The form fields a user submits. */
	public static final String VAR_DECISION = "decision";

	public static final String VAR_REASONS = "reasons";

	public static final String DECISION_UPHOLD = "uphold";

	public static final String DECISION_REJECT = "reject";

	private RedressProcess() {
	}

}
