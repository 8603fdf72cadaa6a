package org.opencall.selection.domain;

/** What happened to a call's selection, in the past tense. */
public final class SelectionEvents {

	private SelectionEvents() {
	}

	public record PanelAdjusted(String callReference, String submissionReference, String officer) {
	}

	public record FundingDecisionProposed(String callReference, String officer) {
	}

	public record FundingDecisionSentBack(String callReference, String officer, String comment) {
	}

	public record FundingDecisionApproved(String callReference, String officer) {
	}

}
