package org.opencall.calls.process;

/**
 * Element ids, variables and values of {@code bpmn/call-lifecycle.bpmn}.
 */
public final class CallLifecycleProcess {

	public static final String KEY = "call-lifecycle";

	public static final String TASK_REVIEW_CALL = "Task_ReviewCall";

	public static final String TASK_REVISE_CALL = "Task_ReviseCall";

	public static final String GATEWAY_REVIEW_ROUND = "Gateway_ReviewRound";

	public static final String GATEWAY_APPROVED = "Gateway_Approved";

	public static final String EVENT_OPENING_TIME = "Event_OpeningTime";

	public static final String TASK_PUBLISH_CALL = "Task_PublishCall";

	public static final String EVENT_DEADLINE = "Event_Deadline";

	public static final String TASK_CLOSE_CALL = "Task_CloseCall";

	public static final String GATEWAY_CHECKS_PENDING = "Gateway_ChecksPending";

	public static final String EVENT_ELIGIBILITY_CHECKS_DONE = "Event_EligibilityChecksDone";

	public static final String MESSAGE_ELIGIBILITY_CHECKS_DONE = "EligibilityChecksDone";

	public static final String VAR_PENDING_ELIGIBILITY_CHECKS = "pendingEligibilityChecks";

	public static final String GATEWAY_ANY_ELIGIBLE = "Gateway_AnyEligible";

	public static final String TASK_ASSIGN_EXPERTS = "Task_AssignExperts";

	public static final String GATEWAY_EVALUATIONS_PENDING = "Gateway_EvaluationsPending";

	public static final String EVENT_EVALUATIONS_DONE = "Event_EvaluationsDone";

	public static final String MESSAGE_EVALUATIONS_DONE = "EvaluationsDone";

	public static final String TASK_HAND_OVER_TO_SELECTION = "Task_HandOverToSelection";

	public static final String EVENT_SELECTION_DECIDED = "Event_SelectionDecided";

	public static final String MESSAGE_SELECTION_DECIDED = "SelectionDecided";

	public static final String END_SELECTION_DECIDED = "EndEvent_SelectionDecided";

	public static final String START = "StartEvent_CallSubmitted";

	public static final String END = "EndEvent_CallClosed";

	public static final String VAR_REFERENCE = "callReference";

	public static final String VAR_TITLE = "callTitle";

	/** The call's terms in words, the review task's own variables (ReviewContext). */
	public static final String VAR_BUDGET = "callBudget";

	public static final String VAR_MAXIMUM_GRANT = "callMaximumGrant";

	public static final String VAR_OPENING = "callOpening";

	public static final String VAR_DEADLINE = "callDeadline";

	public static final String VAR_EVALUATORS = "callEvaluators";

	public static final String VAR_CRITERIA = "callCriteria";

	public static final String VAR_ELIGIBILITY = "callEligibility";

	public static final String VAR_DECISION = "decision";

	public static final String VAR_COMMENT = "comment";

	public static final String VAR_REVIEW_COMMENT = "reviewComment";

	private CallLifecycleProcess() {
	}

}
