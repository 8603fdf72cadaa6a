package org.opencall.contracting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.calls.NeedSummary;
import org.opencall.contracting.domain.AgreementTerms;
import org.opencall.contracting.domain.Grant;
import org.opencall.contracting.domain.GrantRepository;
import org.opencall.contracting.domain.Indicator;
import org.opencall.contracting.domain.Instalment;
import org.opencall.contracting.domain.Milestone;
import org.opencall.identity.Directory;
import org.opencall.identity.Organisation;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An officer of the grant's programme drafts its agreement while it is being prepared;
 * every rule is checked at once and a refused draft changes nothing. The host
 * organisations offered are those of the needs behind the proposal's challenge first,
 * then every organisation registered.
 */
@Service
@Transactional
public class AgreementDrafting {

	private final GrantAccess access;

	private final GrantRepository grants;

	private final CallCatalogue calls;

	private final GrantOpening opening;

	private final Directory directory;

	private final GrantSettings settings;

	private final ApplicationEventPublisher events;

	AgreementDrafting(GrantAccess access, GrantRepository grants, CallCatalogue calls, GrantOpening opening,
			Directory directory, GrantSettings settings, ApplicationEventPublisher events) {
		this.events = events;
		this.access = access;
		this.grants = grants;
		this.calls = calls;
		this.opening = opening;
		this.directory = directory;
		this.settings = settings;
	}

	/** Saves the draft of the grant's agreement. */
	public void draft(String officer, String reference, AgreementInput input) {
		Grant grant = this.access.asOfficer(officer, reference);
		CallView call = this.calls.call(grant.callReference(), null);
		Object drafted = grant.draft(officer, terms(input, call), call.maxGrant(), this.settings.planRules());
		this.grants.save(grant);
		this.events.publishEvent(drafted);
	}

	/** The organisations that may host the grant's pilot, those of its needs first. */
	@Transactional(readOnly = true)
	public List<HostOption> hostOptions(String user, String reference) {
		Grant grant = this.access.toRead(user, reference);
		CallView call = this.calls.call(grant.callReference(), null);
		List<Organisation> ofNeeds = this.opening.hostsOf(this.opening.needsOf(call, grant.submissionReference()),
				grant.companyId());
		List<HostOption> options = new ArrayList<>();
		for (Organisation organisation : this.directory.organisations()) {
			if (organisation.id().equals(grant.companyId())) {
				continue;
			}
			options.add(new HostOption(organisation.id(), organisation.name(), organisation.country(),
					ofNeeds.contains(organisation)));
		}
		options.sort(Comparator.comparing((HostOption o) -> !o.ofTheNeeds()).thenComparing(HostOption::name));
		return options;
	}

	/** The needs the grant's proposal answers, which its agreement may name. */
	@Transactional(readOnly = true)
	public List<NeedSummary> needs(String user, String reference) {
		Grant grant = this.access.toRead(user, reference);
		return this.opening.needsOf(this.calls.call(grant.callReference(), null), grant.submissionReference());
	}

	/** The input as terms: the host named, the milestones and instalments numbered. */
	AgreementTerms terms(AgreementInput input, CallView call) {
		List<FieldViolation> violations = new ArrayList<>();
		String host = null;
		if (input.hostOrganisationId() != null) {
			host = this.directory.organisation(input.hostOrganisationId()).map(Organisation::name).orElse(null);
			if (host == null) {
				violations.add(new FieldViolation("hostOrganisationId", "is not a registered organisation"));
			}
		}
		Set<String> known = call.challenges()
			.stream()
			.flatMap((c) -> c.needs().stream())
			.map(NeedSummary::reference)
			.collect(Collectors.toSet());
		input.needReferences()
			.stream()
			.filter((need) -> !known.contains(need))
			.findFirst()
			.ifPresent((need) -> violations
				.add(new FieldViolation("needReferences", "names " + need + ", which is no need of the call")));
		if (input.durationMonths() == null) {
			violations.add(new FieldViolation("durationMonths", "is required"));
		}
		if (!violations.isEmpty()) {
			throw new InvalidInputException(violations);
		}
		List<Milestone> milestones = IntStream.range(0, input.milestones().size()).mapToObj((i) -> {
			GrantTerms.Milestone m = input.milestones().get(i);
			return new Milestone(i + 1, m.title(), m.deliverable(), m.dueDate());
		}).toList();
		List<Instalment> instalments = IntStream.range(0, input.instalments().size()).mapToObj((i) -> {
			GrantTerms.Instalment p = input.instalments().get(i);
			return new Instalment(i + 1, p.trigger(),
					Instalment.AT_SIGNATURE.equals(p.trigger()) ? null : p.milestone(), p.percent(), null);
		}).toList();
		return new AgreementTerms(input.amount(), input.startDate(), input.durationMonths(), input.hostOrganisationId(),
				host, input.needReferences(), milestones, instalments,
				input.indicators()
					.stream()
					.map((i) -> new Indicator(i.name(), i.unit(), i.baseline(), i.target()))
					.toList());
	}

	/**
	 * An organisation that may host the pilot; {@code ofTheNeeds} when it stated one of
	 * its needs.
	 */
	public record HostOption(UUID id, String name, String country, boolean ofTheNeeds) {
	}

}
