package org.opencall.contracting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.calls.NeedSummary;
import org.opencall.contracting.domain.AgreementTerms;
import org.opencall.contracting.domain.Grant;
import org.opencall.contracting.domain.GrantRepository;
import org.opencall.contracting.process.ContractingEngine;
import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.identity.Programme;
import org.opencall.selection.DecidedProposal;
import org.opencall.selection.FundingDecided;
import org.opencall.selection.FundingDecisions;
import org.opencall.submissions.SubmittedProposals;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the grants of a decided call: one grant and one contracting per selected
 * proposal, when the funding decision is approved, and one for each proposal promoted
 * from the reserve list later. Opening twice opens nothing more. The reaction to the
 * decision runs after its commit from Spring Modulith's event publication registry,
 * retried after a restart until it completes.
 */
@Component
class GrantOpening {

	private final FundingDecisions decisions;

	private final GrantRepository grants;

	private final CallCatalogue calls;

	private final SubmittedProposals proposals;

	private final Directory directory;

	private final ContractingEngine engine;

	private final GrantSettings settings;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	GrantOpening(FundingDecisions decisions, GrantRepository grants, CallCatalogue calls, SubmittedProposals proposals,
			Directory directory, ContractingEngine engine, GrantSettings settings, ApplicationEventPublisher events,
			Clock clock) {
		this.events = events;
		this.decisions = decisions;
		this.grants = grants;
		this.calls = calls;
		this.proposals = proposals;
		this.directory = directory;
		this.engine = engine;
		this.settings = settings;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(FundingDecided decided) {
		this.decisions.of(decided.callReference()).ifPresent((funding) -> {
			CallView call = this.calls.call(decided.callReference(), null);
			funding.selected().forEach((proposal) -> open(call, proposal, null));
		});
	}

	/**
	 * Opens the proposal's grant with its default draft and starts its contracting; empty
	 * when it has one already. When the proposal's challenge was built from needs, the
	 * draft names them and hosts the pilot at the first organisation that stated them; an
	 * officer may change both before preparing it.
	 */
	@Transactional
	Optional<Grant> open(CallView call, DecidedProposal proposal, String promotedFrom) {
		if (this.grants.existsBySubmissionReference(proposal.submissionReference())) {
			return Optional.empty();
		}
		UUID company = this.proposals.applicantOf(proposal.submissionReference()).orElseThrow();
		String companyName = this.directory.organisation(company).map((o) -> o.name()).orElse(proposal.organisation());
		ZoneId zone = ZoneId.of(call.timeZone());
		LocalDate start = LocalDate.ofInstant(this.clock.instant().plus(this.settings.acceptancePeriod()), zone)
			.plusMonths(1)
			.withDayOfMonth(1);
		List<NeedSummary> needs = needsOf(call, proposal.submissionReference());
		AgreementTerms draft = AgreementTerms.defaults(proposal.requested(), start, this.settings.planRules())
			.withNeeds(needs.stream().map(NeedSummary::reference).toList());
		Optional<Organisation> host = hostsOf(needs, company).stream().findFirst();
		if (host.isPresent()) {
			draft = draft.withHost(host.get().id(), host.get().name());
		}
		Grant grant = Grant.open(call.reference(), call.programmeCode(), proposal.submissionReference(), company,
				companyName, proposal.title(), proposal.requested(), call.currency(), promotedFrom, draft,
				this.clock.instant());
		this.grants.save(grant);
		this.engine.start(grant.reference(), call.reference(), Programme.groupIdOf(call.programmeCode()));
		this.events.publishEvent(grant.opened());
		return Optional.of(grant);
	}

	/**
	 * The organisations that stated these needs, by name, but the company: the hosts
	 * offered first, the first of them named by the default draft.
	 */
	List<Organisation> hostsOf(List<NeedSummary> needs, UUID company) {
		Set<String> names = needs.stream()
			.map(NeedSummary::organisation)
			.filter((name) -> name != null)
			.collect(Collectors.toSet());
		return this.directory.organisations()
			.stream()
			.filter((o) -> !o.id().equals(company) && names.contains(o.name()))
			.sorted(Comparator.comparing(Organisation::name))
			.toList();
	}

	/** The needs behind the challenge the proposal answers. */
	List<NeedSummary> needsOf(CallView call, String submissionReference) {
		String challenge = this.proposals.proposal(submissionReference).map((p) -> p.challenge()).orElse(null);
		return call.challenges()
			.stream()
			.filter((c) -> c.title().equals(challenge))
			.flatMap((c) -> c.needs().stream())
			.toList();
	}

}
