package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * A proposal whose evaluation closed, as the ranking reads it. The ranking refuses a
 * proposal without a requested amount or without a consensus score, 0 to 5 in half
 * points, for each criterion of the call, rather than rank it on a guess.
 *
 * @param submissionReference the submission's reference, unique in the call
 * @param organisationName the applying organisation, as the results show it
 * @param requestedAmount the grant requested, in the call's currency
 * @param submittedAt when it was submitted; the earlier submission breaks ties
 * @param consensusScores the agreed score per criterion name
 */
public record EvaluatedProposal(String submissionReference, String organisationName, BigDecimal requestedAmount,
		Instant submittedAt, Map<String, BigDecimal> consensusScores) {

	public EvaluatedProposal {
		if (submissionReference == null || submissionReference.isBlank()) {
			throw new IllegalArgumentException("an evaluated proposal needs its submission reference");
		}
		if (submittedAt == null) {
			throw new IllegalArgumentException(submissionReference + " needs the time it was submitted");
		}
		submissionReference = submissionReference.strip();
		Map<String, BigDecimal> scores = new HashMap<>();
		if (consensusScores != null) {
			// a score without a value is a missing score, which the ranking names
			consensusScores.forEach((criterion, score) -> {
				if (criterion != null && score != null) {
					scores.put(criterion, score);
				}
			});
		}
		consensusScores = Map.copyOf(scores);
	}

}
