package org.opencall.needs.process;

/**
 * Element ids, variables and values of {@code bpmn/needs-identification.bpmn}.
 */
public final class NeedsIdentificationProcess {

	public static final String KEY = "needs-identification";

	public static final String START = "StartEvent_NeedSubmitted";

	public static final String GATEWAY_TRIAGE_ROUND = "Gateway_TriageRound";

	public static final String TASK_TRIAGE_NEED = "Task_TriageNeed";

	public static final String GATEWAY_TRIAGE_DECISION = "Gateway_TriageDecision";

	public static final String TASK_ANSWER_CLARIFICATION = "Task_AnswerClarification";

	public static final String EVENT_CLARIFICATION_REMINDER = "Event_ClarificationReminder";

	public static final String TASK_REMIND_NEED_OWNER = "Task_RemindNeedOwner";

	public static final String EVENT_CLARIFICATION_ESCALATION = "Event_ClarificationEscalation";

	public static final String TASK_ESCALATE_TO_OFFICER = "Task_EscalateToOfficer";

	public static final String END_VALIDATED = "EndEvent_NeedValidated";

	public static final String END_REJECTED = "EndEvent_NeedRejected";

	public static final String END_MERGED = "EndEvent_NeedMerged";

	public static final String VAR_REFERENCE = "needReference";

	public static final String VAR_TITLE = "needTitle";

	public static final String VAR_DECISION = "decision";

	public static final String VAR_REASON = "reason";

	public static final String VAR_QUESTION = "question";

	public static final String VAR_DUPLICATE_OF = "duplicateOf";

	public static final String VAR_ANSWER = "answer";

	private NeedsIdentificationProcess() {
	}

}
