package org.opencall.selection;

import java.time.Instant;

/**
 * A redress request as the applicant, the programme's officers and auditors read it.
 * States: FILED, REJECTED, UPHELD (being re-evaluated), CONCLUDED.
 */
public record RedressView(String submissionReference, String callReference, String applicant, String grounds,
		Instant filedAt, String status, String statusText, String officer, String reasons, Instant decidedAt,
		Instant concludedAt, String outcomeAfter) {
}
