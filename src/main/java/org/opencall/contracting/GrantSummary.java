package org.opencall.contracting;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A grant in a list: what it is, where it stands, its amount and its deadline if offered.
 */
public record GrantSummary(String reference, String submissionReference, String title, String company,
		String callReference, String status, String statusLabel, BigDecimal amount, String currency,
		Instant acceptanceDeadline) {
}
