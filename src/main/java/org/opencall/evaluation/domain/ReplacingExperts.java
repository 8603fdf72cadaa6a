package org.opencall.evaluation.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Changes to one proposal's experts after the assignment: the next best expert when one
 * declines, declares a conflict or misses the deadline, and the check of an officer's
 * swap.
 */
public final class ReplacingExperts {

	private final AssignmentRules rules;

	public ReplacingExperts(AssignmentRules rules) {
		this.rules = rules;
	}

	/**
	 * The best eligible expert for the proposal: free of detected conflicts, not excluded
	 * (already assigned, declined, declared a conflict, missed the deadline), with room
	 * in their load; by affinity, then the lighter load, then username.
	 */
	public Optional<AssignedExpert> nextBestExpert(ProposalToAssign proposal, List<Candidate> candidates,
			Map<String, Integer> currentLoads, Set<String> excludedExperts) {
		return candidates.stream()
			.filter((candidate) -> !excludedExperts.contains(candidate.username()))
			.filter((candidate) -> load(currentLoads, candidate) < candidate.maximumLoad())
			.filter((candidate) -> ConflictOfInterest.between(candidate, proposal, this.rules.sameCountryConflicts())
				.isEmpty())
			.map((candidate) -> new Ranked(candidate, ExpertiseAffinity.of(candidate, proposal),
					load(currentLoads, candidate)))
			.min(Comparator.comparingInt(Ranked::affinity)
				.reversed()
				.thenComparingInt(Ranked::load)
				.thenComparing((ranked) -> ranked.candidate().username()))
			.map((ranked) -> new AssignedExpert(ranked.candidate().username(), ranked.affinity()));
	}

	/**
	 * Why an officer may not give the proposal to this expert, in words; empty when the
	 * swap is fine.
	 * @param assignedExperts the proposal's experts now
	 * @param declaredConflicts experts who declared a conflict with this proposal
	 */
	public Optional<String> swapRefusal(ProposalToAssign proposal, Candidate incoming,
			Map<String, Integer> currentLoads, Set<String> assignedExperts, Set<String> declaredConflicts) {
		String who = (incoming.displayName() != null && !incoming.displayName().isBlank()) ? incoming.displayName()
				: incoming.username();
		if (assignedExperts.contains(incoming.username())) {
			return Optional.of(who + " already evaluates this submission");
		}
		if (declaredConflicts.contains(incoming.username())) {
			return Optional.of(who + " declared a conflict of interest with this submission");
		}
		List<ConflictReason> reasons = ConflictOfInterest.between(incoming, proposal,
				this.rules.sameCountryConflicts());
		if (!reasons.isEmpty()) {
			return Optional.of(who + " has a conflict of interest with this submission: "
					+ String.join(", ", reasons.stream().map(ConflictReason::label).toList()));
		}
		int load = load(currentLoads, incoming);
		if (load >= incoming.maximumLoad()) {
			return Optional.of(who + " already has " + load
					+ " proposals to evaluate, the most they take in this call (" + incoming.maximumLoad() + ")");
		}
		return Optional.empty();
	}

	private static int load(Map<String, Integer> currentLoads, Candidate candidate) {
		return currentLoads.getOrDefault(candidate.username(), 0);
	}

	private record Ranked(Candidate candidate, int affinity, int load) {
	}

}
