package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ConflictOfInterest} for many proposals at once: the experts are indexed by their
 * compared organisation, domain, name and country, so that a proposal finds its
 * conflicted experts by looking up its own names and phrases instead of comparing with
 * every expert. It detects exactly what {@link ConflictOfInterest#between} detects.
 */
final class ConflictIndex {

	private final int experts;

	private final boolean sameCountryConflicts;

	private final Map<String, List<Integer>> byOrganisation = new HashMap<>();

	private final Map<String, List<Integer>> byDomainOrParent = new HashMap<>();

	private final Map<String, List<Integer>> byDomain = new HashMap<>();

	private final Map<String, List<Integer>> byName = new HashMap<>();

	private final Map<String, List<Integer>> byCountry = new HashMap<>();

	private int longestOrganisation = 1;

	private int longestName = 1;

	ConflictIndex(List<Candidate> candidates, boolean sameCountryConflicts) {
		this.experts = candidates.size();
		this.sameCountryConflicts = sameCountryConflicts;
		for (int e = 0; e < candidates.size(); e++) {
			Candidate candidate = candidates.get(e);
			String organisation = Terms.name(candidate.organisation());
			if (!organisation.isEmpty()) {
				add(this.byOrganisation, organisation, e);
				this.longestOrganisation = Math.max(this.longestOrganisation, Terms.length(organisation));
			}
			String domain = EmailDomains.organisational(candidate.emailDomain());
			if (!domain.isEmpty()) {
				add(this.byDomain, domain, e);
				for (String parent = domain; parent.indexOf('.') > 0; parent = parent
					.substring(parent.indexOf('.') + 1)) {
					add(this.byDomainOrParent, parent, e);
				}
			}
			String name = Terms.name(candidate.displayName());
			if (!name.isEmpty()) {
				add(this.byName, name, e);
				this.longestName = Math.max(this.longestName, Terms.length(name));
			}
			String country = ConflictOfInterest.country(candidate.country());
			if (!country.isEmpty()) {
				add(this.byCountry, country, e);
			}
		}
		this.longestOrganisation = Math.min(this.longestOrganisation, ConflictOfInterest.LONGEST_NAME);
		this.longestName = Math.min(this.longestName, ConflictOfInterest.LONGEST_NAME);
	}

	/** The indexes of the experts in a conflict with the proposal. */
	BitSet conflicted(ProposalToAssign proposal) {
		BitSet conflicted = new BitSet(this.experts);
		String organisation = Terms.name(proposal.organisation());
		if (!organisation.isEmpty()) {
			mark(conflicted, this.byOrganisation.get(organisation));
		}
		for (String applicantDomain : proposal.emailDomains()) {
			String domain = EmailDomains.organisational(applicantDomain);
			if (domain.isEmpty()) {
				continue;
			}
			// experts at the domain or under it, then experts at a domain above it
			mark(conflicted, this.byDomainOrParent.get(domain));
			for (String parent = domain; parent.indexOf('.') > 0; parent = parent.substring(parent.indexOf('.') + 1)) {
				mark(conflicted, this.byDomain.get(parent));
			}
		}
		if (!this.byOrganisation.isEmpty()) {
			for (String phrase : Terms.phrases(proposal.partners(), this.longestOrganisation)) {
				mark(conflicted, this.byOrganisation.get(phrase));
			}
		}
		if (!this.byName.isEmpty()) {
			for (String phrase : Terms.phrases(proposal.team(), this.longestName)) {
				mark(conflicted, this.byName.get(phrase));
			}
		}
		String country = ConflictOfInterest.country(proposal.country());
		if (this.sameCountryConflicts && !country.isEmpty()) {
			mark(conflicted, this.byCountry.get(country));
		}
		return conflicted;
	}

	private static void add(Map<String, List<Integer>> index, String key, int expert) {
		index.computeIfAbsent(key, (k) -> new ArrayList<>()).add(expert);
	}

	private static void mark(BitSet conflicted, List<Integer> experts) {
		if (experts != null) {
			experts.forEach(conflicted::set);
		}
	}

}
