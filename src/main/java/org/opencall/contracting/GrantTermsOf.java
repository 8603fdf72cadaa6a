package org.opencall.contracting;

import org.opencall.contracting.domain.AgreementTerms;
import org.opencall.contracting.domain.AgreementVersion;
import org.opencall.contracting.domain.Grant;

/** A grant's agreement as the other modules read it: {@link GrantTerms}. */
final class GrantTermsOf {

	private GrantTermsOf() {
	}

	/**
	 * The terms of a version (the one in force when {@code version} is null; the draft,
	 * as version 0, before signature).
	 */
	static GrantTerms of(Grant grant, Integer version) {
		AgreementVersion chosen = grant.version(version).orElse(null);
		AgreementTerms terms = (chosen != null) ? chosen.terms() : grant.draft();
		String prepared = (chosen != null) ? chosen.preparedBy() : grant.preparedBy();
		String approved = (chosen == null) ? grant.approvedBy()
				: (chosen.secondApprover() != null) ? chosen.secondApprover() : chosen.approvedBy();
		return of(grant, terms, prepared, approved, (chosen != null) ? chosen.number() : 0);
	}

	/** These terms of the grant, e.g. as an amendment wants them. */
	static GrantTerms of(Grant grant, AgreementTerms terms, String prepared, String approved, int version) {
		return new GrantTerms(grant.reference(), grant.callReference(), grant.programmeCode(),
				grant.submissionReference(), grant.title(), grant.companyId(), grant.companyName(), terms.amount(),
				grant.currency(), terms.startDate(), terms.endDate(), terms.hostOrganisationId(),
				terms.hostOrganisation(), terms.needReferences(),
				terms.milestones()
					.stream()
					.map((m) -> new GrantTerms.Milestone(m.number(), m.title(), m.deliverable(), m.dueDate()))
					.toList(),
				terms.instalments()
					.stream()
					.map((i) -> new GrantTerms.Instalment(i.number(), i.trigger(), i.milestone(), i.percent(),
							i.amount()))
					.toList(),
				terms.indicators()
					.stream()
					.map((i) -> new GrantTerms.Indicator(i.name(), i.unit(), i.baseline(), i.target()))
					.toList(),
				prepared, approved, version);
	}

}
