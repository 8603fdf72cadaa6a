package org.opencall.submissions.process;

/**
 * Element ids, messages and variables of {@code bpmn/submission.bpmn}.
 */
public final class SubmissionProcess {

	public static final String KEY = "submission";

	public static final String START = "StartEvent_SubmissionReceived";

	public static final String TASK_ACKNOWLEDGE = "Task_AcknowledgeSubmission";

	public static final String GATEWAY_WITHDRAWN_OR_DEADLINE = "Gateway_WithdrawnOrDeadline";

	public static final String EVENT_DEADLINE = "Event_Deadline";

	public static final String EVENT_WITHDRAWN = "Event_Withdrawn";

	public static final String GATEWAY_STILL_SUBMITTED = "Gateway_StillSubmitted";

	public static final String END_WITHDRAWN_BEFORE_DEADLINE = "EndEvent_WithdrawnBeforeDeadline";

	public static final String TASK_DECIDE_ELIGIBILITY = "Task_DecideEligibility";

	public static final String TASK_CHECK_ADMISSIBILITY = "Task_CheckAdmissibility";

	public static final String TASK_NOTIFY_APPLICANT = "Task_NotifyApplicant";

	public static final String END_DECIDED = "EndEvent_EligibilityDecided";

	public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

	public static final String MESSAGE_WITHDRAWN = "SubmissionWithdrawn";

	public static final String VAR_REFERENCE = "submissionReference";

	public static final String VAR_TITLE = "submissionTitle";

	public static final String VAR_CALL = "callReference";

	public static final String VAR_FINDINGS = "eligibilityFindings";

	public static final String VAR_ELIGIBLE_BY_RULES = "eligibleByRules";

	public static final String VAR_DECISION = "decision";

	public static final String VAR_COMMENT = "comment";

	private SubmissionProcess() {
	}

}
