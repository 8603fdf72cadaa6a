package org.opencall.evaluation.process;

/**
 * Element ids, variables and form fields of {@code bpmn/evaluation.bpmn} and its forms.
 */
public final class EvaluationProcess {

	public static final String KEY = "evaluation";

	public static final String START = "StartEvent_SubmissionEligible";

	public static final String SUBPROCESS_EXPERT_SLOT = "SubProcess_ExpertSlot";

	public static final String START_SLOT = "StartEvent_SlotAssigned";

	public static final String TASK_DECLARE_CONFLICTS = "Task_DeclareConflicts";

	public static final String EVENT_DECLARATION_DUE = "Event_DeclarationDue";

	public static final String TASK_RECORD_MISSED_DECLARATION = "Task_RecordMissedDeclaration";

	public static final String GATEWAY_NO_CONFLICT = "Gateway_NoConflict";

	public static final String TASK_HAND_SLOT_OVER = "Task_HandSlotOver";

	public static final String GATEWAY_SLOT_FILLED = "Gateway_SlotFilled";

	public static final String END_SLOT_VACANT = "EndEvent_SlotVacant";

	public static final String TASK_SCORE_SUBMISSION = "Task_ScoreSubmission";

	public static final String EVENT_SCORING_REMINDER = "Event_ScoringReminder";

	public static final String TASK_REMIND_EXPERT = "Task_RemindExpert";

	public static final String END_EXPERT_REMINDED = "EndEvent_ExpertReminded";

	public static final String EVENT_SCORING_OVERDUE = "Event_ScoringOverdue";

	public static final String TASK_ESCALATE_OVERDUE_SCORING = "Task_EscalateOverdueScoring";

	public static final String END_OVERDUE_ESCALATED = "EndEvent_OverdueEscalated";

	public static final String END_SLOT_SCORED = "EndEvent_SlotScored";

	public static final String TASK_DECIDE_CONSENSUS = "Task_DecideConsensus";

	public static final String GATEWAY_CONSENSUS_NEEDED = "Gateway_ConsensusNeeded";

	public static final String TASK_COMPUTE_MEAN_CONSENSUS = "Task_ComputeMeanConsensus";

	public static final String TASK_DRAFT_CONSENSUS = "Task_DraftConsensus";

	public static final String TASK_AGREE_CONSENSUS = "Task_AgreeConsensus";

	public static final String TASK_APPROVE_CONSENSUS = "Task_ApproveConsensus";

	public static final String GATEWAY_CONSENSUS_APPROVED = "Gateway_ConsensusApproved";

	public static final String GATEWAY_CONSENSUS_REACHED = "Gateway_ConsensusReached";

	public static final String END = "EndEvent_EvaluationComplete";

	/** Labels of the instance, for Cockpit and Tasklist; never read as the subject. */
	public static final String VAR_SUBMISSION = "submissionReference";

	public static final String VAR_CALL = "callReference";

	public static final String VAR_TITLE = "submissionTitle";

	/** 1 for the call's evaluation of the proposal, 2 and on for its re-evaluations. */
	public static final String VAR_ROUND = "evaluationRound";

	/** The multi-instance counter: the slot (0-based), or the answering expert. */
	public static final String VAR_LOOP_COUNTER = "loopCounter";

	/** Declare conflicts: the choice and its texts. */
	public static final String VAR_DECLARATION = "declaration";

	public static final String VAR_CONFLICT_DESCRIPTION = "conflictDescription";

	public static final String VAR_DECLINE_REASON = "declineReason";

	/**
	 * Score submission and draft consensus: score1, comment1 … and the overall comment.
	 */
	public static final String VAR_SCORE = "score";

	public static final String VAR_COMMENT = "comment";

	public static final String VAR_OVERALL_COMMENT = "overallComment";

	/** Agree consensus report. */
	public static final String VAR_CONSENSUS_ANSWER = "consensusAnswer";

	public static final String VAR_CONSENSUS_COMMENT = "consensusComment";

	/** Approve consensus report. */
	public static final String VAR_MODERATOR_DECISION = "moderatorDecision";

	public static final String VAR_MODERATOR_COMMENT = "moderatorComment";

	/** The task's own context, set when it is created (task-local, shown read-only). */
	public static final String VAR_TITLE_LABEL = "proposalTitle";

	public static final String VAR_ACRONYM = "proposalAcronym";

	public static final String VAR_CHALLENGE = "proposalChallenge";

	public static final String VAR_DUE = "dueDate";

	public static final String VAR_CRITERIA_COUNT = "criteriaCount";

	public static final String VAR_CRITERION_NAME = "criterionName";

	public static final String VAR_CRITERION_DESCRIPTION = "criterionDescription";

	public static final String VAR_INDIVIDUAL_SCORES = "individualScores";

	public static final String VAR_CONSENSUS_DRAFT = "consensusDraft";

	public static final String VAR_CONSENSUS_ANSWERS = "consensusAnswers";

	/** As many criterion blocks as the scoring forms have. */
	public static final int FORM_CRITERIA = 7;

	private EvaluationProcess() {
	}

}
