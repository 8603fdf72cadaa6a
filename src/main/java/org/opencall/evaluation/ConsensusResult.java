package org.opencall.evaluation;

import java.util.List;

import org.opencall.evaluation.EvaluationResult.ScoreResult;

/**
 * A proposal's consensus as the selection ranks it: the agreed score and comment per
 * criterion and the overall comment, from the latest completed round of its evaluation.
 */
public record ConsensusResult(String submissionReference, int round, List<ScoreResult> scores, String comment) {

	public ConsensusResult {
		scores = List.copyOf(scores);
	}

}
