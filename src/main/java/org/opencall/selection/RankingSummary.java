package org.opencall.selection;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where a call's selection stands for its reports: {@code NONE} before it starts, then
 * {@code PANEL}, {@code PROPOSED} or {@code DECIDED}; the budget, what the selected
 * proposals request (committed), how many proposals are selected, on the reserve list or
 * rejected; when the evaluations were complete (the selection started), when the decision
 * was proposed and taken, and the redress deadline.
 */
public record RankingSummary(String callReference, String status, String statusText, BigDecimal budget,
		BigDecimal committed, int selected, int reserve, int rejected, Instant evaluatedAt, Instant proposedAt,
		Instant decidedAt, Instant redressDeadline) {

	public int ranked() {
		return this.selected + this.reserve + this.rejected;
	}

}
