package org.opencall.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A call's ranking as its programme's officers and auditors see it: the ranked list (the
 * proposed or decided one once there is one), the experts' largest spread and the
 * calibration flags from evaluation, the panel's adjustments with their justifications,
 * and where the four-eyes decision stands. Experts and applicants never see it.
 */
public record RankingView(String callReference, String callTitle, String timeZone, String status, String statusText,
		String currency, BigDecimal budget, BigDecimal committed, List<Criterion> criteria, BigDecimal overallThreshold,
		List<String> tieBreaks, List<Row> proposals, List<Adjustment> adjustments, String proposedBy,
		Instant proposedAt, String proposalComment, String reviewedBy, Instant reviewedAt, String reviewComment,
		Instant decidedAt, Instant redressDeadline, boolean adjustable) {

	public RankingView {
		criteria = List.copyOf(criteria);
		tieBreaks = List.copyOf(tieBreaks);
		proposals = List.copyOf(proposals);
		adjustments = List.copyOf(adjustments);
	}

	/** A criterion of the call: thresholds apply to the unweighted scores. */
	public record Criterion(String name, BigDecimal threshold, BigDecimal weight) {
	}

	/**
	 * A proposal in rank order: its consensus scores after the panel's adjustments, the
	 * experts' largest spread on a criterion, and whether one of its experts scores far
	 * from their co-evaluators across the call (calibration).
	 */
	public record Row(Integer rank, String reference, String title, String organisation, String outcome,
			String outcomeText, String reason, List<Score> scores, BigDecimal total, BigDecimal weighted,
			BigDecimal requested, BigDecimal spread, List<String> calibrationFlags) {
	}

	public record Score(String criterion, BigDecimal score) {
	}

	/** A change the panel made, with the values before and after and why. */
	public record Adjustment(String kind, String submissionReference, String criterion, BigDecimal before,
			BigDecimal after, String justification, String adjustedBy, Instant adjustedAt) {
	}

	public long count(String outcome) {
		return this.proposals.stream().filter((row) -> row.outcome().equals(outcome)).count();
	}

}
