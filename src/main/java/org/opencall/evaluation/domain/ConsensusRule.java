package org.opencall.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * How individual scores become consensus scores without a consensus round, and how far
 * they lie apart: the spread of a criterion is its highest score minus its lowest; the
 * mean is rounded to half points, a quarter rounding up (2.25 → 2.5, 2.75 → 3).
 */
public final class ConsensusRule {

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private ConsensusRule() {
	}

	/** The spread of each criterion, in the criteria's order. */
	public static List<BigDecimal> spreads(List<EvaluationCriterion> criteria, List<Scorecard> scorecards) {
		List<BigDecimal> spreads = new ArrayList<>();
		for (EvaluationCriterion criterion : criteria) {
			List<BigDecimal> scores = scoresOf(criterion, scorecards);
			spreads.add(scores.isEmpty() ? BigDecimal.ZERO
					: scores.stream()
						.reduce(BigDecimal::max)
						.get()
						.subtract(scores.stream().reduce(BigDecimal::min).get()));
		}
		return spreads;
	}

	/** The largest spread of any criterion; zero for a single scorecard. */
	public static BigDecimal maximumSpread(List<EvaluationCriterion> criteria, List<Scorecard> scorecards) {
		return spreads(criteria, scorecards).stream().reduce(BigDecimal.ZERO, BigDecimal::max);
	}

	/** The mean of the scores rounded to half points, a quarter rounding up. */
	public static BigDecimal roundedMean(List<BigDecimal> scores) {
		if (scores.isEmpty()) {
			throw new IllegalArgumentException("No scores to average");
		}
		BigDecimal sum = scores.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal doubledMean = sum.multiply(TWO).divide(BigDecimal.valueOf(scores.size()), 10, RoundingMode.HALF_UP);
		return doubledMean.setScale(0, RoundingMode.HALF_UP).divide(TWO).setScale(1);
	}

	/**
	 * The consensus without a round: per criterion the rounded mean of the experts'
	 * scores; the comments of the experts joined, so that the applicant reads why.
	 */
	public static Scorecard meanOf(List<EvaluationCriterion> criteria, List<Scorecard> scorecards) {
		List<CriterionScore> scores = new ArrayList<>();
		for (EvaluationCriterion criterion : criteria) {
			List<String> comments = scorecards.stream()
				.flatMap((card) -> card.scores().stream())
				.filter((s) -> s.criterion().equals(criterion.name()))
				.map(CriterionScore::comment)
				.toList();
			scores.add(new CriterionScore(criterion.name(), roundedMean(scoresOf(criterion, scorecards)),
					String.join("\n\n", comments)));
		}
		String overall = String.join("\n\n", scorecards.stream().map(Scorecard::overallComment).toList());
		return new Scorecard(scores, overall);
	}

	private static List<BigDecimal> scoresOf(EvaluationCriterion criterion, List<Scorecard> scorecards) {
		return scorecards.stream().flatMap((card) -> card.scoreOf(criterion.name()).stream()).toList();
	}

}
