package org.opencall.contracting;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A grant as its page and the JSON API show it: the agreement being prepared (or in
 * force), every version kept, the amendments, the company's answer and what the viewer
 * may do now. The company reads the agreement once it is offered.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GrantView(String reference, String callReference, String callTitle, String programmeCode,
		String submissionReference, String company, String title, BigDecimal requestedAmount, String currency,
		String status, String statusLabel, String promotedFrom, GrantTerms agreement, List<Version> versions,
		List<AmendmentView> amendments, String preparedBy, String approvedBy, String sentBackBy, String sentBackComment,
		Instant offeredAt, Instant acceptanceDeadline, String timeZone, String answeredBy, Instant answeredAt,
		String declineReason, Map<String, String> declarations, Actions actions) {

	/** A version of the agreement: 1 as signed, later ones as amended. */
	public record Version(int number, GrantTerms terms, String preparedBy, String approvedBy, String secondApprover,
			String reason, Instant inForceFrom) {
	}

	/** An amendment the company asked for and where it stands. */
	public record AmendmentView(int number, String requestedBy, Instant requestedAt, String reason, GrantTerms terms,
			String status, String statusLabel, String firstApprover, String secondApprover, String refusedBy,
			String refusal) {
	}

	/** What the viewer may do with the grant now. */
	public record Actions(boolean editDraft, boolean prepare, boolean review, boolean answer, boolean requestAmendment,
			boolean decideAmendment) {
	}

}
