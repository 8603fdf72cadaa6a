package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A call's ranking: every proposal in its final order (the passing ones by rank, then the
 * rejected ones, unranked) and the budget's figures.
 *
 * @param entries every proposal once, passing ones first in rank order
 * @param budget the call's budget
 * @param currency the call's currency
 * @param committed the sum of the selected proposals' requests
 * @param remaining the budget less what is committed
 * @param selectedCount how many are selected
 * @param reserveCount how many are on the reserve list
 * @param rejectedCount how many fail a threshold
 * @param budgetLineRank the rank of the proposal that drew the budget line (the first on
 * the reserve list); {@code null} when every passing proposal fits
 * @param budgetLineReference that proposal's submission reference, or {@code null}
 */
public record RankingResult(List<RankedProposal> entries, BigDecimal budget, Currency currency, BigDecimal committed,
		BigDecimal remaining, int selectedCount, int reserveCount, int rejectedCount, Integer budgetLineRank,
		String budgetLineReference) {

	public RankingResult {
		entries = List.copyOf(entries);
	}

	public Optional<RankedProposal> entryOf(String submissionReference) {
		return this.entries.stream().filter((e) -> e.submissionReference().equals(submissionReference)).findFirst();
	}

	public List<RankedProposal> selected() {
		return withOutcome(FundingOutcome.SELECTED);
	}

	/** The reserve list in its order: the next to fund first. */
	public List<RankedProposal> reserveList() {
		return withOutcome(FundingOutcome.RESERVE);
	}

	public List<RankedProposal> rejected() {
		return withOutcome(FundingOutcome.REJECTED);
	}

	private List<RankedProposal> withOutcome(FundingOutcome outcome) {
		return this.entries.stream().filter((e) -> e.outcome() == outcome).toList();
	}

}
