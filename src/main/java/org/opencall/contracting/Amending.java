package org.opencall.contracting;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.Set;

import org.opencall.contracting.domain.GrantEvents.AmendmentApproval;
import org.opencall.contracting.domain.GrantEvents.AmendmentApproved;
import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.contracting.domain.AmendmentLimits;
import org.opencall.contracting.domain.Grant;
import org.opencall.contracting.domain.GrantRepository;
import org.opencall.platform.InvalidInputException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Amendments of a signed agreement: the company's staff ask with a reason and the terms
 * they want; two distinct officers of the programme approve (the second approval puts the
 * new version in force and publishes {@link GrantAmended}), or one refuses saying why.
 * What co-creation has released and accepted, asked through {@link GrantProgress}, bounds
 * what may change; without co-creation nothing is released or accepted.
 */
@Service
@Transactional
public class Amending {

	private final GrantAccess access;

	private final GrantRepository grants;

	private final CallCatalogue calls;

	private final AgreementDrafting drafting;

	private final ObjectProvider<GrantProgress> progress;

	private final GrantMails mails;

	private final GrantSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Amending(GrantAccess access, GrantRepository grants, CallCatalogue calls, AgreementDrafting drafting,
			ObjectProvider<GrantProgress> progress, GrantMails mails, GrantSettings settings,
			ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.grants = grants;
		this.calls = calls;
		this.drafting = drafting;
		this.progress = progress;
		this.mails = mails;
		this.settings = settings;
		this.events = events;
		this.clock = clock;
	}

	/** The company asks for an amendment; answers its number. */
	public int request(String user, String reference, String reason, AgreementInput wanted) {
		Grant grant = this.access.asCompany(user, reference);
		if (wanted == null) {
			throw InvalidInputException.of("terms", "are required: the agreement's terms as the company wants them");
		}
		CallView call = this.calls.call(grant.callReference(), null);
		var requested = grant.requestAmendment(user, reason, this.drafting.terms(wanted, call), limits(grant, call),
				this.settings.planRules(), this.clock.instant());
		this.grants.save(grant);
		this.mails.amendmentRequested(grant, requested.amendment());
		this.events.publishEvent(requested);
		return requested.amendment();
	}

	public void approve(String officer, String reference, int number) {
		Grant grant = this.access.asOfficer(officer, reference);
		CallView call = this.calls.call(grant.callReference(), null);
		AmendmentApproval approval = grant.approveAmendment(number, officer, limits(grant, call),
				this.settings.planRules(), this.clock.instant());
		this.events.publishEvent(approval);
		if (approval instanceof AmendmentApproved amended) {
			this.mails.amendmentDecided(grant, number,
					"approved: version " + amended.agreementVersion() + " of the agreement is in force");
			this.events.publishEvent(new GrantAmended(grant.reference(), amended.agreementVersion()));
		}
		this.grants.save(grant);
	}

	public void refuse(String officer, String reference, int number, String reason) {
		Grant grant = this.access.asOfficer(officer, reference);
		this.events.publishEvent(grant.refuseAmendment(number, officer, reason, this.clock.instant()));
		this.grants.save(grant);
		this.mails.amendmentDecided(grant, number, "refused: " + reason.strip());
	}

	private AmendmentLimits limits(Grant grant, CallView call) {
		BigDecimal others = this.grants.findByCallReferenceOrderByReference(grant.callReference())
			.stream()
			.filter((g) -> !g.reference().equals(grant.reference()))
			.map(Grant::committed)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		GrantProgress known = this.progress.getIfAvailable();
		BigDecimal released = (known != null) ? known.releasedAmount(grant.reference()) : BigDecimal.ZERO;
		Set<Integer> accepted = (known != null) ? known.acceptedMilestones(grant.reference()) : Set.of();
		return new AmendmentLimits(grant.requestedAmount(), call.maxGrant(), call.totalBudget(), others,
				(released != null) ? released : BigDecimal.ZERO, (accepted != null) ? accepted : Set.of());
	}

}
