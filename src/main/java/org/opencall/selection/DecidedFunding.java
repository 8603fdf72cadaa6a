package org.opencall.selection;

import java.math.BigDecimal;
import java.util.List;

/**
 * A call's approved funding decision: its budget and every evaluated proposal in rank
 * order, the rejected ones last.
 */
public record DecidedFunding(String callReference, BigDecimal budget, List<DecidedProposal> proposals) {

	public DecidedFunding {
		proposals = List.copyOf(proposals);
	}

	/** The proposals funded by the decision, in rank order. */
	public List<DecidedProposal> selected() {
		return this.proposals.stream().filter(DecidedProposal::selected).toList();
	}

	/** The reserve list, in rank order: funded if money frees up. */
	public List<DecidedProposal> reserve() {
		return this.proposals.stream().filter(DecidedProposal::reserve).toList();
	}

}
