package org.opencall.submissions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A submitted proposal as a call's report lists it: its applicant organisation, the
 * version submitted last (title, request, when), and its eligibility — the reasons the
 * eligibility table found, and the officer who decided with their comment.
 */
public record SubmissionRow(String reference, String title, String organisation, String country,
		String organisationType, BigDecimal requested, Instant submittedAt, SubmissionState status,
		List<String> ineligibilityReasons, String decidedBy, String decisionComment) {

	public SubmissionRow {
		ineligibilityReasons = List.copyOf(ineligibilityReasons);
	}

	/** The eligibility in words: eligible, not eligible, withdrawn or still to decide. */
	public String eligibility() {
		return switch (this.status) {
			case SUBMITTED -> "Not yet decided";
			default -> this.status.label();
		};
	}

	/** Why, in words: the reasons found and the officer's comment, if any. */
	public String reasons() {
		String found = String.join("; ", this.ineligibilityReasons);
		if (this.decisionComment == null || this.decisionComment.isBlank()) {
			return found;
		}
		return found.isEmpty() ? this.decisionComment : found + "; " + this.decisionComment;
	}

}
