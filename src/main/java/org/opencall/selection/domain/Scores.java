package org.opencall.selection.domain;

import java.math.BigDecimal;

/**
 * How the ranking reads and writes scores: 0 to 5 in half points, shown without zeros.
 */
final class Scores {

	static final BigDecimal MAX = BigDecimal.valueOf(5);

	private static final BigDecimal TWO = BigDecimal.valueOf(2);

	private Scores() {
	}

	/** Whether the value is a score: 0 to 5 in half points. */
	static boolean isScore(BigDecimal value) {
		return value != null && value.signum() >= 0 && value.compareTo(MAX) <= 0 && isHalfPoint(value);
	}

	static boolean isHalfPoint(BigDecimal value) {
		return value.multiply(TWO).stripTrailingZeros().scale() <= 0;
	}

	/** A score, total or weight as people write it: 3, 3.5, 12.75. */
	static String inWords(BigDecimal value) {
		return (value.signum() == 0) ? "0" : value.stripTrailingZeros().toPlainString();
	}

}
