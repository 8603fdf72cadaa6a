package org.opencall.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What an applicant learns of the evaluation of a proposal: the consensus scores and
 * comments per criterion, the thresholds, the result and its reason, and until when a
 * redress can be requested. It names no expert.
 *
 * @param result {@code SELECTED}, {@code RESERVE} or {@code REJECTED}
 * @param resultText the result in words ("Selected for funding")
 * @param rank the place among the proposals that passed every threshold, or null
 * @param timeZone the zone the applicant reads the call's dates in
 */
public record EvaluationSummary(String callReference, String callTitle, String programmeName,
		String submissionReference, String proposalTitle, String organisation, String result, String resultText,
		String reason, List<CriterionSummary> criteria, BigDecimal totalScore, BigDecimal overallThreshold,
		BigDecimal weightedScore, Integer rank, String overallComment, Instant redressDeadline, ZoneId timeZone,
		Instant issuedAt) {

	public EvaluationSummary {
		Objects.requireNonNull(submissionReference, "submissionReference");
		Objects.requireNonNull(result, "result");
		Objects.requireNonNull(resultText, "resultText");
		criteria = List.copyOf(criteria);
		Objects.requireNonNull(totalScore, "totalScore");
		Objects.requireNonNull(overallThreshold, "overallThreshold");
		Objects.requireNonNull(weightedScore, "weightedScore");
		Objects.requireNonNull(redressDeadline, "redressDeadline");
		Objects.requireNonNull(timeZone, "timeZone");
		Objects.requireNonNull(issuedAt, "issuedAt");
	}

	/** One criterion's consensus: its score (0–5 in half points) and the comment. */
	public record CriterionSummary(String name, BigDecimal score, BigDecimal threshold, BigDecimal weight,
			String comment) {

		public CriterionSummary {
			Objects.requireNonNull(name, "name");
			Objects.requireNonNull(score, "score");
			Objects.requireNonNull(threshold, "threshold");
			Objects.requireNonNull(weight, "weight");
		}

		boolean thresholdMet() {
			return this.score.compareTo(this.threshold) >= 0;
		}

	}

}
