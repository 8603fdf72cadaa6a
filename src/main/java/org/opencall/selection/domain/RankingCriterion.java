package org.opencall.selection.domain;

import java.math.BigDecimal;

/**
 * A criterion as the ranking reads it. A proposal passes it with an unweighted consensus
 * score at or above its threshold; the weight counts only in the weighted score that
 * orders the passing proposals, never in passing or failing.
 *
 * @param name the criterion's name in the call; scores, tie-breaks and adjustments name
 * it so (compared without regard to case)
 * @param threshold the lowest passing score, 0–5 in half points; 3 when absent
 * @param weight above 0, at most 10; 1 when absent (e.g. 1.5 for Impact in innovation
 * actions)
 */
public record RankingCriterion(String name, BigDecimal threshold, BigDecimal weight) {

	public static final BigDecimal DEFAULT_THRESHOLD = BigDecimal.valueOf(3);

	public static final BigDecimal DEFAULT_WEIGHT = BigDecimal.ONE;

	private static final BigDecimal MAX_WEIGHT = BigDecimal.TEN;

	public RankingCriterion {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("a criterion needs a name");
		}
		name = name.strip();
		threshold = (threshold != null) ? threshold : DEFAULT_THRESHOLD;
		weight = (weight != null) ? weight : DEFAULT_WEIGHT;
		if (!Scores.isScore(threshold)) {
			throw new IllegalArgumentException(
					"the threshold of " + name + " must be between 0 and 5 in half points, not " + threshold);
		}
		if (weight.signum() <= 0 || weight.compareTo(MAX_WEIGHT) > 0) {
			throw new IllegalArgumentException(
					"the weight of " + name + " must be above 0 and at most 10, not " + weight);
		}
	}

	/** A criterion with the default threshold (3) and weight (1). */
	public static RankingCriterion named(String name) {
		return new RankingCriterion(name, null, null);
	}

	boolean isNamed(String other) {
		return other != null && this.name.equalsIgnoreCase(other.strip());
	}

}
