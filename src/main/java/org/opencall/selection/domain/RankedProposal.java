package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * One proposal's line of the ranking.
 *
 * @param rank 1 for the top passing proposal, counting down the passing ones;
 * {@code null} for a rejected proposal, which is not ranked
 * @param submissionReference the submission's reference
 * @param organisationName the applying organisation
 * @param scores the consensus scores after the panel's adjustments, in the call's order
 * of criteria
 * @param total the sum of the unweighted scores, which the overall threshold reads
 * @param weightedScore the sum of each score times its criterion's weight, which orders
 * the passing proposals
 * @param outcome selected, on the reserve list or rejected
 * @param reason the outcome in words, e.g. "Ranked 2 of 7 passing proposals, within the
 * budget" or "Impact 2.5 is below its threshold 3" (every threshold failed)
 * @param requestedAmount the grant requested
 * @param remainingBudget what is left of the budget after this proposal's place: lowered
 * by a selected proposal's request, unchanged by a reserve one; {@code null} for a
 * rejected one
 * @param reservePosition 1 for the first reserve proposal (the one that drew the budget
 * line), counting down; {@code null} unless on the reserve list
 * @param placeDecidedBy for a ranked proposal below the first, what put it below the one
 * ranked above it, e.g. "Below OC-7 by a lower Impact (4 against 4.5) on an equal
 * weighted score (12)" or a move by the panel; {@code null} otherwise
 * @param adjustments the panel's adjustments to this proposal, in the order they were
 * applied
 */
public record RankedProposal(Integer rank, String submissionReference, String organisationName,
		Map<String, BigDecimal> scores, BigDecimal total, BigDecimal weightedScore, FundingOutcome outcome,
		String reason, BigDecimal requestedAmount, BigDecimal remainingBudget, Integer reservePosition,
		String placeDecidedBy, List<PanelAdjustment> adjustments) {

	public RankedProposal {
		adjustments = List.copyOf(adjustments);
	}

	public BigDecimal scoreOf(String criterion) {
		return this.scores.get(criterion);
	}

}
