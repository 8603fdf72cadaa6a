package org.opencall.contracting;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.contracting.domain.Grant;
import org.opencall.contracting.domain.GrantRepository;
import org.opencall.contracting.domain.GrantStatus;
import org.opencall.selection.DecidedFunding;
import org.opencall.selection.DecidedProposal;
import org.opencall.selection.FundingDecisions;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * A declined offer, or one whose deadline passed (it lapses here), makes room: the first
 * proposal of the call's reserve list, in rank order, not yet promoted and whose request
 * fits the call's budget minus what its grants hold, gets its grant and its contracting.
 * Both companies and the officers are told; when none fits, the officers learn that the
 * reserve list is exhausted.
 */
@Component
class ReservePromotion {

	private final GrantAccess access;

	private final GrantRepository grants;

	private final FundingDecisions decisions;

	private final CallCatalogue calls;

	private final GrantOpening opening;

	private final GrantMails mails;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReservePromotion(GrantAccess access, GrantRepository grants, FundingDecisions decisions, CallCatalogue calls,
			GrantOpening opening, GrantMails mails, ApplicationEventPublisher events, Clock clock) {
		this.access = access;
		this.grants = grants;
		this.decisions = decisions;
		this.calls = calls;
		this.opening = opening;
		this.mails = mails;
		this.events = events;
		this.clock = clock;
	}

	void promoteAfter(String reference) {
		Grant grant = this.access.byReference(reference);
		if (grant.status() == GrantStatus.OFFERED) {
			this.events.publishEvent(grant.lapse(this.clock.instant()));
			this.grants.save(grant);
		}
		this.mails.ended(grant);
		CallView call = this.calls.call(grant.callReference(), null);
		Optional<Grant> promoted = this.decisions.of(grant.callReference())
			.flatMap((funding) -> next(funding, call))
			.flatMap((proposal) -> this.opening.open(call, proposal, grant.reference()));
		promoted.ifPresentOrElse((next) -> this.mails.promoted(next, grant), () -> this.mails.reserveExhausted(grant));
	}

	private Optional<DecidedProposal> next(DecidedFunding funding, CallView call) {
		List<Grant> ofCall = this.grants.findByCallReferenceOrderByReference(call.reference());
		BigDecimal committed = ofCall.stream().map(Grant::committed).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal remaining = call.totalBudget().subtract(committed);
		return funding.reserve()
			.stream()
			.filter((p) -> ofCall.stream().noneMatch((g) -> g.submissionReference().equals(p.submissionReference())))
			.filter((p) -> p.requested().compareTo(remaining) <= 0)
			.findFirst();
	}

}
