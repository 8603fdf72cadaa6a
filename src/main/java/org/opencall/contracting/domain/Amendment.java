package org.opencall.contracting.domain;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A change of a signed agreement the company asked for, with its reason and the terms it
 * wants; two distinct officers approve it, or one refuses it saying why.
 */
@Table("grant_amendments")
public record Amendment(int number, String requestedBy, Instant requestedAt, String reason, AgreementTerms terms,
		AmendmentStatus status, String firstApprover, Instant firstApprovedAt, String secondApprover, Instant decidedAt,
		String refusedBy, String refusal) {

	Amendment approvedFirstBy(String officer, Instant now) {
		return new Amendment(this.number, this.requestedBy, this.requestedAt, this.reason, this.terms, this.status,
				officer, now, null, null, null, null);
	}

	Amendment approvedSecondBy(String officer, Instant now) {
		return new Amendment(this.number, this.requestedBy, this.requestedAt, this.reason, this.terms,
				AmendmentStatus.APPROVED, this.firstApprover, this.firstApprovedAt, officer, now, null, null);
	}

	Amendment refusedBy(String officer, String why, Instant now) {
		return new Amendment(this.number, this.requestedBy, this.requestedAt, this.reason, this.terms,
				AmendmentStatus.REFUSED, this.firstApprover, this.firstApprovedAt, null, now, officer, why);
	}

}
