package org.opencall.reporting.process;

/**
 * Element ids, message, variables and values of {@code bpmn/reporting.bpmn}.
 */
public final class ReportingProcess {

	public static final String KEY = "reporting";

	public static final String START = "StartEvent_CallPublished";

	public static final String TASK_AWAIT_LAST_GRANT = "Task_AwaitLastGrantClosed";

	public static final String EVENT_PERIODIC_DUE = "Event_PeriodicReportDue";

	public static final String SUBPROCESS_PERIODIC = "SubProcess_PeriodicReport";

	public static final String TASK_PREPARE_PERIODIC = "Task_PreparePeriodicReport";

	public static final String TASK_REVIEW_PERIODIC = "Task_ReviewPeriodicReport";

	public static final String GATEWAY_PERIODIC_APPROVED = "Gateway_PeriodicReportApproved";

	public static final String TASK_CORRECT_PERIODIC = "Task_CorrectPeriodicReport";

	public static final String TASK_MAIL_PERIODIC = "Task_MailPeriodicReport";

	public static final String END_PERIODIC_MAILED = "EndEvent_PeriodicReportMailed";

	public static final String END_PERIODIC_REPORTED = "EndEvent_PeriodicReported";

	public static final String SUBPROCESS_FINAL = "SubProcess_FinalReport";

	public static final String TASK_PREPARE_FINAL = "Task_PrepareFinalReport";

	public static final String TASK_REVIEW_FINAL = "Task_ReviewFinalReport";

	public static final String GATEWAY_FINAL_APPROVED = "Gateway_FinalReportApproved";

	public static final String TASK_CORRECT_FINAL = "Task_CorrectFinalReport";

	public static final String TASK_MAIL_FINAL = "Task_MailFinalReport";

	public static final String END_FINAL_MAILED = "EndEvent_FinalReportMailed";

	public static final String END_CALL_REPORTED = "EndEvent_CallReported";

	/** Correlated by the call reference once the call's last grant closed. */
	public static final String MESSAGE_LAST_GRANT_CLOSED = "LastGrantClosed";

	/**
	 * The number of the report a report's scope works on, set by its preparation in that
	 * scope only; checked against the call's reports whenever it is read.
	 */
	public static final String VAR_REPORT_NUMBER = "reportNumber";

	/** Context of the officers' tasks (task-local, set by the application). */
	public static final String VAR_CALL_REFERENCE = "callReference";

	/** The form fields a user submits. */
	public static final String VAR_DECISION = "decision";

	public static final String VAR_COMMENT = "comment";

	public static final String VAR_CORRECTION = "correction";

	public static final String DECISION_APPROVE = "approve";

	public static final String DECISION_SEND_BACK = "sendBack";

	private ReportingProcess() {
	}

}
