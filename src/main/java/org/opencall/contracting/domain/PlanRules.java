package org.opencall.contracting.domain;

import java.math.BigDecimal;

/**
 * The installation's rules for a grant's payment plan: the default shares of the advance,
 * the mid-term and the final instalment, the cap on what is paid before the last one, and
 * the default duration. Settings, never constants.
 */
public record PlanRules(BigDecimal advancePercent, BigDecimal midTermPercent, BigDecimal finalPercent,
		BigDecimal capBeforeLastPercent, int defaultDurationMonths) {

	/** The longest grant, in months. */
	public static final int MAX_DURATION_MONTHS = 60;

}
