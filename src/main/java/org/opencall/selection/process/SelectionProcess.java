package org.opencall.selection.process;

/**
 * Element ids, variables and values of {@code bpmn/selection.bpmn}.
 */
public final class SelectionProcess {

	public static final String KEY = "selection";

	public static final String START = "StartEvent_CallEvaluated";

	public static final String TASK_PROPOSE = "Task_ProposeFundingDecision";

	public static final String TASK_APPROVE = "Task_ApproveFundingDecision";

	public static final String GATEWAY_APPROVED = "Gateway_Approved";

	public static final String TASK_SEND_RESULT_LETTERS = "Task_SendResultLetters";

	public static final String TASK_REPORT_DECISION = "Task_ReportDecision";

	public static final String EVENT_REDRESS_WINDOW_CLOSES = "Event_RedressWindowCloses";

	public static final String END = "EndEvent_SelectionFinal";

	/** Context of both tasks (task-local, set by the application). */
	public static final String VAR_CALL_REFERENCE = "callReference";

	public static final String VAR_CALL_TITLE = "callTitle";

	public static final String VAR_CALL_BUDGET = "callBudget";

	public static final String VAR_DECISION_SUMMARY = "decisionSummary";

	public static final String VAR_PROPOSED_BY = "proposedBy";

	public static final String VAR_PROPOSAL_COMMENT = "proposalComment";

	/** The form fields a user submits. */
	public static final String VAR_DECISION = "decision";

	public static final String VAR_COMMENT = "comment";

	public static final String DECISION_APPROVE = "approve";

	public static final String DECISION_SEND_BACK = "sendBack";

	private SelectionProcess() {
	}

}
