package org.opencall.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Accepted scores, one per criterion of the call in its order, each with its comment, and
 * an overall comment: an expert's individual evaluation or an agreed consensus. Built
 * only by {@link ScoreSheet#accept}.
 */
public record Scorecard(List<CriterionScore> scores, String overallComment) {

	public Scorecard {
		scores = List.copyOf(scores);
	}

	public Optional<BigDecimal> scoreOf(String criterion) {
		return this.scores.stream()
			.filter((s) -> s.criterion().equals(criterion))
			.map(CriterionScore::score)
			.findFirst();
	}

	/** The sum of the scores, unweighted, as the thresholds read it. */
	public BigDecimal total() {
		return this.scores.stream().map(CriterionScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
