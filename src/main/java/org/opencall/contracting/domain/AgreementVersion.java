package org.opencall.contracting.domain;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One version of a grant's agreement, kept for good: version 1 as the company signed it,
 * each later one as an amendment approved by two officers made it.
 */
@Table("grant_agreement_versions")
public record AgreementVersion(int number, AgreementTerms terms, String preparedBy, String approvedBy,
		String secondApprover, String reason, Instant inForceFrom) {
}
