package org.opencall.evaluation.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** The best total affinity by trying every assignment; -1 when none is complete. */
final class BruteForce {

	private BruteForce() {
	}

	static int bestTotal(List<ProposalToAssign> proposals, List<Candidate> experts, AssignmentRules rules,
			Map<String, Integer> loads, Set<Pairing> excluded) {
		int[] room = new int[experts.size()];
		int[][] affinity = new int[proposals.size()][experts.size()];
		boolean[][] allowed = new boolean[proposals.size()][experts.size()];
		for (int e = 0; e < experts.size(); e++) {
			Candidate expert = experts.get(e);
			room[e] = Math.max(0, expert.maximumLoad() - loads.getOrDefault(expert.username(), 0));
			for (int p = 0; p < proposals.size(); p++) {
				ProposalToAssign proposal = proposals.get(p);
				affinity[p][e] = ExpertiseAffinity.of(expert, proposal);
				allowed[p][e] = ConflictOfInterest.between(expert, proposal, rules.sameCountryConflicts()).isEmpty()
						&& !excluded.contains(new Pairing(proposal.reference(), expert.username()));
			}
		}
		return best(0, 0, 0, rules.expertsPerProposal(), room, affinity, allowed);
	}

	/**
	 * Best total from proposal {@code p} on, choosing experts from index {@code from}.
	 */
	private static int best(int p, int from, int chosen, int needed, int[] room, int[][] affinity,
			boolean[][] allowed) {
		if (p == affinity.length) {
			return 0;
		}
		if (chosen == needed) {
			return best(p + 1, 0, 0, needed, room, affinity, allowed);
		}
		int best = -1;
		for (int e = from; e < room.length; e++) {
			if (allowed[p][e] && room[e] > 0) {
				room[e]--;
				int rest = best(p, e + 1, chosen + 1, needed, room, affinity, allowed);
				room[e]++;
				if (rest >= 0) {
					best = Math.max(best, rest + affinity[p][e]);
				}
			}
		}
		return best;
	}

}
