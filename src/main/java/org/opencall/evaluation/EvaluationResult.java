package org.opencall.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * One round of the evaluation of a proposal as an officer's dashboard shows it (round 1
 * the call's evaluation, later rounds its re-evaluations): each slot's expert, state and
 * scores, the spread of each criterion's scores, the consensus scores once there are any.
 * States are words of one vocabulary: ASSIGNED, NO_CONFLICT_DECLARED, SCORED,
 * CONFLICT_DECLARED, DECLINED, DEADLINE_MISSED, VACANT for slots; INDIVIDUAL, CONSENSUS,
 * COMPLETED for the evaluation.
 */
public record EvaluationResult(String submissionReference, String callReference, int round, String status,
		List<String> criteria, List<SlotResult> slots, List<BigDecimal> spreads, Boolean consensusNeeded,
		String rapporteur, List<ScoreResult> consensus, String consensusComment, Instant completedAt) {

	/**
	 * A slot: its expert now, their state and due date, their scores once scored, and who
	 * held it before.
	 */
	public record SlotResult(int slot, String expert, String state, Instant scoringDue, List<ScoreResult> scores,
			String overallComment, List<String> previousExperts) {
	}

	/** One criterion's score and comment. */
	public record ScoreResult(String criterion, BigDecimal score, String comment) {
	}

}
