package org.opencall.platform;

import java.math.BigDecimal;
import java.util.List;

/**
 * What an amount of money must be: greater than zero, at most two decimals (cents), and
 * below {@link #MAXIMUM}, which every amount column ({@code numeric(16, 2)}) holds.
 * Budgets, grants and requested amounts follow it; scores, thresholds and weights have
 * their own rules.
 */
public final class AmountRules {

	public static final BigDecimal MAXIMUM = new BigDecimal("999999999999.99");

	private AmountRules() {
	}

	/** Why the amount is refused, or {@code null} when it is acceptable. */
	public static String problem(BigDecimal amount) {
		if (amount == null) {
			return "is required";
		}
		if (amount.signum() <= 0) {
			return "must be greater than zero";
		}
		// compared before anything that would expand a huge exponent such as 1e999999999
		if (amount.compareTo(MAXIMUM) > 0) {
			return "must be at most 999,999,999,999.99";
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			return "must have at most two decimals";
		}
		return null;
	}

	/** Checks an amount that must be there. */
	public static BigDecimal required(List<FieldViolation> violations, String field, BigDecimal amount) {
		String reason = problem(amount);
		if (reason != null) {
			violations.add(new FieldViolation(field, reason));
		}
		return amount;
	}

	/** Checks an amount that may still be missing (a draft). */
	public static BigDecimal optional(List<FieldViolation> violations, String field, BigDecimal amount) {
		return (amount != null) ? required(violations, field, amount) : null;
	}

}
