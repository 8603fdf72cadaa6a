package org.opencall.selection;

import java.math.BigDecimal;

/**
 * A proposal of a decided call: its rank among the passing ones (none when rejected), its
 * outcome ({@code SELECTED}, {@code RESERVE} or {@code REJECTED}) and its request.
 */
public record DecidedProposal(String submissionReference, String title, String organisation, Integer rank,
		String outcome, BigDecimal requested) {

	public boolean selected() {
		return Outcomes.SELECTED.equals(this.outcome);
	}

	public boolean reserve() {
		return Outcomes.RESERVE.equals(this.outcome);
	}

}
