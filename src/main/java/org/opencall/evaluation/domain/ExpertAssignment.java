package org.opencall.evaluation.domain;

import java.util.List;
import java.util.Map;

/**
 * A complete assignment: every proposal has its number of experts.
 *
 * @param expertsByReference each proposal's experts, best affinity first
 * @param loads each candidate's load after the assignment, the current load included
 * @param totalAffinity the sum of the affinities of all chosen pairs
 */
public record ExpertAssignment(Map<String, List<AssignedExpert>> expertsByReference, Map<String, Integer> loads,
		int totalAffinity) implements AssignmentOutcome {

	public ExpertAssignment {
		expertsByReference = Map.copyOf(expertsByReference);
		loads = Map.copyOf(loads);
	}

	/** One proposal's experts, best affinity first. */
	public List<AssignedExpert> expertsOf(String reference) {
		return this.expertsByReference.getOrDefault(reference, List.of());
	}

}
