package org.opencall.cocreation.process;

/**
 * Element ids, messages, variables and values of {@code bpmn/co-creation.bpmn}.
 */
public final class CoCreationProcess {

	public static final String KEY = "co-creation";

	public static final String START = "StartEvent_GrantSigned";

	public static final String GATEWAY_START = "Gateway_PilotStarts";

	public static final String GATEWAY_PAYMENT_BRANCHES = "Gateway_PaymentBranches";

	public static final String GATEWAY_PAYMENT_TO_RELEASE = "Gateway_PaymentToRelease";

	public static final String TASK_RELEASE_PAYMENT = "Task_ReleasePayment";

	public static final String END_PAYMENT_RELEASED = "EndEvent_PaymentReleased";

	public static final String END_NOTHING_TO_RELEASE = "EndEvent_NothingToRelease";

	public static final String TASK_HOLD_KICK_OFF = "Task_HoldKickOff";

	public static final String GATEWAY_NEXT_DELIVERABLE = "Gateway_NextDeliverable";

	public static final String TASK_SUBMIT_DELIVERABLE = "Task_SubmitDeliverable";

	public static final String TIMER_REMINDER = "Timer_DeliverableReminder";

	public static final String TASK_REMIND_COMPANY = "Task_RemindCompany";

	public static final String END_REMINDED = "EndEvent_CompanyReminded";

	public static final String TIMER_ESCALATION = "Timer_DeliverableEscalation";

	public static final String TASK_ESCALATE = "Task_EscalateToOfficers";

	public static final String END_ESCALATED = "EndEvent_OfficersAlerted";

	public static final String GATEWAY_REVIEWS = "Gateway_Reviews";

	public static final String TASK_REVIEW = "Task_ReviewDeliverable";

	public static final String TASK_CO_REVIEW = "Task_CoReviewDeliverable";

	public static final String GATEWAY_REVIEWED = "Gateway_Reviewed";

	public static final String GATEWAY_ACCEPTED = "Gateway_DeliverableAccepted";

	public static final String TASK_ASK_REVISION = "Task_AskForRevision";

	public static final String TASK_PAYMENT_DUE = "Task_MakePaymentDue";

	public static final String GATEWAY_AFTER_ACCEPTANCE = "Gateway_AfterAcceptance";

	public static final String GATEWAY_NEXT_MILESTONE = "Gateway_NextMilestone";

	public static final String TASK_FINAL_REVIEW = "Task_FinalReview";

	public static final String END = "EndEvent_PilotClosed";

	/**
	 * The company submitted a deliverable through Opencall (correlated by business key).
	 */
	public static final String MESSAGE_DELIVERABLE_SUBMITTED = "DeliverableSubmitted";

	/** Context of the tasks (task-local, set by the application). */
	public static final String VAR_GRANT_REFERENCE = "grantReference";

	public static final String VAR_TITLE = "pilotTitle";

	public static final String VAR_COMPANY = "company";

	public static final String VAR_HOST = "hostOrganisation";

	public static final String VAR_MILESTONE = "milestone";

	public static final String VAR_DELIVERABLE = "deliverableSummary";

	public static final String VAR_PAYMENT = "paymentSummary";

	public static final String VAR_INDICATORS = "indicators";

	/** The form fields a user submits. */
	public static final String VAR_KICK_OFF_DATE = "kickOffDate";

	public static final String VAR_KICK_OFF_NOTES = "kickOffNotes";

	public static final String VAR_VERDICT = "verdict";

	public static final String VAR_COMMENT = "comment";

	public static final String VAR_OUTCOME = "outcome";

	public static final String VAR_FINAL_VALUES = "finalValues";

	public static final String VAR_SUMMARY = "summary";

	private CoCreationProcess() {
	}

}
