package org.opencall.reporting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A call's key figures, as its overview report gives them: its timeline, its budget
 * against what the funding decision committed, what its signed grants hold and what was
 * paid, and how many proposals came and how they fared. Moments that have not come yet
 * are {@code null}.
 */
public record CallFigures(Instant publishedAt, Instant opensAt, Instant deadline, Instant evaluatedAt,
		Instant decisionProposedAt, Instant decidedAt, Instant redressDeadline, String currency, BigDecimal totalBudget,
		BigDecimal maxGrant, BigDecimal committed, BigDecimal granted, BigDecimal paid, BigDecimal due, int submitted,
		int eligible, int ineligible, int withdrawn, int awaitingEligibility, int selected, int reserve, int rejected,
		int signedGrants) {

	/** What the funding decision left of the budget. */
	public BigDecimal uncommitted() {
		return this.totalBudget.subtract(this.committed);
	}

}
