package org.opencall.evaluation.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A baseline to measure the optimal assignment against, not for use: proposals in the
 * order of their references each take their best eligible experts that still have room.
 * It can give less affinity than the optimum, and call a call short where a complete
 * assignment exists.
 */
public final class GreedyAssignment {

	private final AssignmentRules rules;

	public GreedyAssignment(AssignmentRules rules) {
		this.rules = rules;
	}

	public AssignmentOutcome assign(List<ProposalToAssign> proposals, List<Candidate> candidates,
			Map<String, Integer> currentLoads, Set<Pairing> excluded) {
		AssignmentInput input = new AssignmentInput(proposals, candidates, this.rules, currentLoads, excluded);
		int[][] chosen = input.greedy();
		boolean complete = true;
		for (int[] experts : chosen) {
			complete &= experts.length == input.needed;
		}
		if (!complete) {
			return new UnsatisfiableAssignment(Shortages.explain(input, chosen));
		}
		return AssigningExperts.assignment(input, chosen);
	}

}
