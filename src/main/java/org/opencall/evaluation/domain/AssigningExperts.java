package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assigns experts to a call's eligible proposals: each proposal gets its number of
 * experts, no expert goes beyond their load, no expert meets a proposal they are in a
 * conflict with (detected, declared or excluded), and among all such assignments the one
 * with the highest total {@link ExpertiseAffinity} is chosen — an optimal minimum-cost
 * flow (see {@link AssignmentNetwork}), not a greedy pick.
 * <p>
 * Pruning, and why it keeps the optimum: a complete network of 10,000 proposals and 2,000
 * experts has 20 million arcs. Each proposal starts with only its best
 * {@code candidateEdges} eligible experts by affinity, and half as many by affinity less
 * a price that a greedy pass puts on the experts it fills (ties spread over the pool).
 * After each solution the dual potentials are checked against every eligible pair left
 * out; the pairs that could improve the flow are added and the flow solved again, until
 * none could. The final flow therefore meets the optimality condition of the complete
 * network: the result is the unpruned optimum, and {@code candidateEdges} only changes
 * the time taken. A proposal left short in the pruned network is widened the same way
 * before it is called short.
 * <p>
 * Ties between assignments of equal affinity are broken by the flow over proposals and
 * experts in the order of their references and usernames, so the same input gives the
 * same assignment whatever order it comes in.
 */
public final class AssigningExperts {

	private final AssignmentRules rules;

	public AssigningExperts(AssignmentRules rules) {
		this.rules = rules;
	}

	/**
	 * The best assignment of the proposals to the candidates, or why there is none.
	 * @param currentLoads proposals each candidate already has in this call (for a
	 * re-run)
	 * @param excluded pairs that must not meet besides detected conflicts: declared
	 * conflicts, declines, missed deadlines
	 */
	public AssignmentOutcome assign(List<ProposalToAssign> proposals, List<Candidate> candidates,
			Map<String, Integer> currentLoads, Set<Pairing> excluded) {
		AssignmentInput input = new AssignmentInput(proposals, candidates, this.rules, currentLoads, excluded);
		int[] price = prices(input);
		List<BitSet> arcs = new ArrayList<>(input.proposalCount());
		for (int p = 0; p < input.proposalCount(); p++) {
			BitSet own = new BitSet(input.expertCount());
			input.bestEligible(p, this.rules.candidateEdges()).forEach(own::set);
			input.bestEligible(p, this.rules.candidateEdges() / 2, price, input.room).forEach(own::set);
			arcs.add(own);
		}
		AssignmentNetwork network = new AssignmentNetwork(input, arcs);
		while (true) {
			network.solve();
			List<List<Integer>> missing = network.missingArcsThatCouldImprove(this.rules.candidateEdges());
			if (missing.stream().allMatch(List::isEmpty)) {
				break;
			}
			for (int p = 0; p < input.proposalCount(); p++) {
				missing.get(p).forEach(arcs.get(p)::set);
			}
		}
		int[][] chosen = new int[input.proposalCount()][];
		for (int p = 0; p < input.proposalCount(); p++) {
			chosen[p] = network.chosen(p);
		}
		if (network.unfilled() > 0) {
			return new UnsatisfiableAssignment(Shortages.explain(input, chosen));
		}
		return assignment(input, chosen);
	}

	/**
	 * A guess at what each expert's place is worth, to choose the arcs the flow starts
	 * with: an expert the greedy choice fills costs the lowest affinity among their
	 * proposals there, any other expert nothing. Only the time taken depends on it.
	 */
	private static int[] prices(AssignmentInput input) {
		int[][] greedy = input.greedy();
		int[] taken = new int[input.expertCount()];
		int[] weakest = new int[input.expertCount()];
		java.util.Arrays.fill(weakest, 100);
		for (int p = 0; p < greedy.length; p++) {
			for (int e : greedy[p]) {
				taken[e]++;
				weakest[e] = Math.min(weakest[e], input.affinity(p, e));
			}
		}
		int[] price = new int[input.expertCount()];
		for (int e = 0; e < price.length; e++) {
			price[e] = (taken[e] >= input.room[e] && taken[e] > 0) ? weakest[e] : 0;
		}
		return price;
	}

	static ExpertAssignment assignment(AssignmentInput input, int[][] chosen) {
		Map<String, List<AssignedExpert>> experts = new LinkedHashMap<>();
		int[] loads = input.currentLoad.clone();
		int total = 0;
		for (int p = 0; p < input.proposalCount(); p++) {
			List<AssignedExpert> own = new ArrayList<>();
			for (int e : chosen[p]) {
				int affinity = input.affinity(p, e);
				own.add(new AssignedExpert(input.experts.get(e).username(), affinity));
				loads[e]++;
				total += affinity;
			}
			own.sort(Comparator.comparingInt(AssignedExpert::affinity)
				.reversed()
				.thenComparing(AssignedExpert::username));
			experts.put(input.proposals.get(p).reference(), own);
		}
		Map<String, Integer> loadByExpert = new LinkedHashMap<>();
		for (int e = 0; e < input.expertCount(); e++) {
			loadByExpert.put(input.experts.get(e).username(), loads[e]);
		}
		return new ExpertAssignment(experts, loadByExpert, total);
	}

}
