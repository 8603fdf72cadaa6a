package org.opencall.selection;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A proposal in a call's ranking: its rank among the proposals that pass every threshold
 * (none when rejected), its outcome ({@code SELECTED}, {@code RESERVE}, {@code REJECTED})
 * in words and why, its consensus scores per criterion after the panel's adjustments,
 * their sum, the weighted score that orders the ranking, and its request.
 */
public record RankedRow(Integer rank, String reference, String title, String organisation, String outcome,
		String outcomeText, String reason, Map<String, BigDecimal> scores, BigDecimal total, BigDecimal weighted,
		BigDecimal requested) {

	/** Whether it passes every threshold (each criterion's and the overall one). */
	public boolean passesThresholds() {
		return !"REJECTED".equals(this.outcome);
	}

}
