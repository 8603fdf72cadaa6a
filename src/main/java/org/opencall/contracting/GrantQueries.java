package org.opencall.contracting;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.contracting.domain.AgreementTerms;
import org.opencall.contracting.domain.Amendment;
import org.opencall.contracting.domain.Grant;
import org.opencall.contracting.domain.GrantStatus;
import org.opencall.platform.NotFoundException;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads grants for the people who may: a company its own, officers their programmes',
 * auditors all. The company reads its agreement once it is offered.
 */
@Component
@Transactional(readOnly = true)
public class GrantQueries {

	private static final Set<GrantStatus> IN_PREPARATION = EnumSet.of(GrantStatus.PREPARING,
			GrantStatus.AWAITING_APPROVAL);

	private final GrantAccess access;

	private final CallCatalogue calls;

	private final GrantOffer offer;

	GrantQueries(GrantAccess access, CallCatalogue calls, GrantOffer offer) {
		this.access = access;
		this.calls = calls;
		this.offer = offer;
	}

	public List<GrantSummary> visibleTo(String user) {
		return this.access.visibleTo(user).stream().map(GrantQueries::summary).toList();
	}

	public GrantView grant(String user, String reference) {
		Grant grant = this.access.toRead(user, reference);
		CallView call = this.calls.call(grant.callReference(), null);
		boolean officer = this.access.worksOn(user, grant.programmeCode());
		boolean staff = this.access.isStaffOf(user, grant);
		boolean agreementShown = officer || this.access.isAuditor(user) || !IN_PREPARATION.contains(grant.status());
		GrantTerms agreement = (agreementShown && grant.inForce() != null) ? GrantTermsOf.of(grant, null) : null;
		boolean pending = grant.pendingAmendment().isPresent();
		GrantView.Actions actions = new GrantView.Actions(officer && grant.status() == GrantStatus.PREPARING,
				officer && grant.status() == GrantStatus.PREPARING,
				officer && grant.status() == GrantStatus.AWAITING_APPROVAL && !user.equals(grant.preparedBy()),
				staff && grant.status() == GrantStatus.OFFERED,
				staff && grant.status() == GrantStatus.SIGNED && !pending, officer && pending);
		return new GrantView(grant.reference(), grant.callReference(), call.title(), grant.programmeCode(),
				grant.submissionReference(), grant.companyName(), grant.title(), grant.requestedAmount(),
				grant.currency(), grant.status().name(), grant.status().label(), grant.promotedFrom(), agreement,
				grant.versions()
					.stream()
					.map((v) -> new GrantView.Version(v.number(), GrantTermsOf.of(grant, v.number()), v.preparedBy(),
							v.approvedBy(), v.secondApprover(), v.reason(), v.inForceFrom()))
					.toList(),
				grant.amendments().stream().map((a) -> amendment(grant, a)).toList(), grant.preparedBy(),
				grant.approvedBy(), grant.sentBackBy(), grant.sentBackComment(), grant.offeredAt(),
				grant.acceptanceDeadline(), call.timeZone(), grant.answeredBy(), grant.answeredAt(),
				grant.declineReason(), GrantDeclarations.all(), actions);
	}

	/**
	 * The agreement's PDF: of a version, or the one in force (the draft before
	 * signature). The company reads it once offered.
	 */
	public byte[] pdf(String user, String reference, Integer version) {
		Grant grant = this.access.toRead(user, reference);
		boolean officerOrAuditor = this.access.worksOn(user, grant.programmeCode()) || this.access.isAuditor(user);
		if (!officerOrAuditor && IN_PREPARATION.contains(grant.status())) {
			throw new NotFoundException("The agreement of grant " + reference + " is not offered yet");
		}
		return this.offer.pdf(grant, version, this.calls.call(grant.callReference(), null));
	}

	private static GrantView.AmendmentView amendment(Grant grant, Amendment a) {
		return new GrantView.AmendmentView(a.number(), a.requestedBy(), a.requestedAt(), a.reason(),
				GrantTermsOf.of(grant, a.terms(), a.requestedBy(), a.secondApprover(), 0), a.status().name(),
				a.status().label(), a.firstApprover(), a.secondApprover(), a.refusedBy(), a.refusal());
	}

	private static GrantSummary summary(Grant grant) {
		AgreementTerms terms = grant.inForce();
		return new GrantSummary(grant.reference(), grant.submissionReference(), grant.title(), grant.companyName(),
				grant.callReference(), grant.status().name(), grant.status().label(),
				(terms != null) ? terms.amount() : grant.requestedAmount(), grant.currency(),
				grant.acceptanceDeadline());
	}

	static Map<String, String> declarations() {
		return GrantDeclarations.all();
	}

}
