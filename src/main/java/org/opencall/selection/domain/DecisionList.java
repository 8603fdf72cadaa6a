package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The funding decision as an officer proposed it: every evaluated proposal of the call in
 * rank order with its outcome and the reason for it. Stored with the selection as one
 * value, so that the approver approves exactly the list that was proposed.
 */
public record DecisionList(List<Listed> proposals, BigDecimal budget, BigDecimal committed) {

	public DecisionList {
		proposals = List.copyOf(proposals);
	}

	/**
	 * One proposal: its rank among the passing ones (none when rejected), its outcome
	 * ({@code SELECTED}, {@code RESERVE} or {@code REJECTED}) and why, its consensus
	 * scores after the panel's adjustments, their sum and their weighted sum, and its
	 * request.
	 */
	public record Listed(String submissionReference, String title, String organisation, Integer rank, String outcome,
			String reason, Map<String, BigDecimal> scores, BigDecimal total, BigDecimal weighted,
			BigDecimal requested) {
	}

	public Optional<Listed> of(String submissionReference) {
		return this.proposals.stream().filter((p) -> p.submissionReference().equals(submissionReference)).findFirst();
	}

	public long count(String outcome) {
		return this.proposals.stream().filter((p) -> p.outcome().equals(outcome)).count();
	}

}
