package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What every way of assigning needs, worked out once: proposals and experts in a fixed
 * order (so that the result never depends on the order they came in), each expert's room
 * left, each proposal's conflicted experts (detected, declared or excluded) and its
 * affinities above 0.
 */
final class AssignmentInput {

	final List<ProposalToAssign> proposals;

	final List<Candidate> experts;

	final int needed;

	final int[] room;

	final int[] currentLoad;

	final BitSet[] conflicted;

	/** Affinities by proposal and expert index: 20 MB for 10,000 × 2,000. */
	final byte[][] affinities;

	AssignmentInput(List<ProposalToAssign> proposals, List<Candidate> candidates, AssignmentRules rules,
			Map<String, Integer> currentLoads, Set<Pairing> excluded) {
		this.proposals = sorted(proposals, Comparator.comparing(ProposalToAssign::reference),
				ProposalToAssign::reference);
		this.experts = sorted(candidates, Comparator.comparing(Candidate::username), Candidate::username);
		this.needed = rules.expertsPerProposal();
		this.room = new int[this.experts.size()];
		this.currentLoad = new int[this.experts.size()];
		Map<String, Integer> expertIndex = new HashMap<>();
		for (int e = 0; e < this.experts.size(); e++) {
			Candidate expert = this.experts.get(e);
			this.currentLoad[e] = Math.max(0, currentLoads.getOrDefault(expert.username(), 0));
			this.room[e] = Math.max(0, expert.maximumLoad() - this.currentLoad[e]);
			expertIndex.put(expert.username(), e);
		}
		ConflictIndex conflicts = new ConflictIndex(this.experts, rules.sameCountryConflicts());
		AffinityIndex affinity = new AffinityIndex(this.experts);
		Map<String, List<Integer>> excludedByReference = new HashMap<>();
		for (Pairing pairing : excluded) {
			Integer e = expertIndex.get(pairing.username());
			if (e != null) {
				excludedByReference.computeIfAbsent(pairing.reference(), (r) -> new ArrayList<>()).add(e);
			}
		}
		this.conflicted = new BitSet[this.proposals.size()];
		this.affinities = new byte[this.proposals.size()][];
		for (int p = 0; p < this.proposals.size(); p++) {
			ProposalToAssign proposal = this.proposals.get(p);
			this.conflicted[p] = conflicts.conflicted(proposal);
			excludedByReference.getOrDefault(proposal.reference(), List.of()).forEach(this.conflicted[p]::set);
			this.affinities[p] = affinity.affinities(proposal);
		}
	}

	int proposalCount() {
		return this.proposals.size();
	}

	int expertCount() {
		return this.experts.size();
	}

	int affinity(int p, int e) {
		return this.affinities[p][e];
	}

	/** Whether the expert may take the proposal: no conflict and room left. */
	boolean eligible(int p, int e) {
		return !this.conflicted[p].get(e) && this.room[e] > 0;
	}

	int freeOfConflicts(int p) {
		return this.expertCount() - this.conflicted[p].cardinality();
	}

	int withRoomLeft(int p) {
		int count = 0;
		for (int e = 0; e < this.expertCount(); e++) {
			if (eligible(p, e)) {
				count++;
			}
		}
		return count;
	}

	/**
	 * Where a proposal starts looking among experts of equal affinity, so that "anyone
	 * will do" places spread over the pool instead of filling the first experts of the
	 * alphabet.
	 */
	int spreadStart(int p) {
		return Math.floorMod(this.proposals.get(p).reference().hashCode(), Math.max(1, this.expertCount()));
	}

	/**
	 * The proposal's eligible experts, best first: by affinity, then from its spread
	 * start onwards; at most {@code limit}.
	 */
	List<Integer> bestEligible(int p, int limit) {
		return bestEligible(p, limit, new int[this.expertCount()], this.room);
	}

	/**
	 * The proposal's experts with room in {@code room}, best first by affinity less the
	 * expert's {@code price} (0–100), then from its spread start onwards; at most
	 * {@code limit}.
	 */
	List<Integer> bestEligible(int p, int limit, int[] price, int[] room) {
		int[] withScore = new int[201];
		int[] score = new int[this.expertCount()];
		for (int e = 0; e < this.expertCount(); e++) {
			score[e] = this.affinities[p][e] - price[e] + 100;
			if (!this.conflicted[p].get(e) && room[e] > 0) {
				withScore[score[e]]++;
			}
		}
		// the lowest score that still makes the cut
		int cut = 200;
		int count = withScore[200];
		while (cut > 0 && count < limit) {
			cut--;
			count += withScore[cut];
		}
		List<Integer> best = new ArrayList<>();
		int start = spreadStart(p);
		for (int level = 200; level >= cut && best.size() < limit; level--) {
			if (withScore[level] == 0) {
				continue;
			}
			for (int i = 0; i < this.expertCount() && best.size() < limit; i++) {
				int e = (start + i) % this.expertCount();
				if (score[e] == level && !this.conflicted[p].get(e) && room[e] > 0) {
					best.add(e);
				}
			}
		}
		return best;
	}

	/**
	 * The greedy choice: proposals in order each take their best experts with room left.
	 * It leaves this input's room as it was.
	 */
	int[][] greedy() {
		int[] left = this.room.clone();
		int[] free = new int[this.expertCount()];
		int[][] chosen = new int[this.proposalCount()][];
		for (int p = 0; p < this.proposalCount(); p++) {
			chosen[p] = bestEligible(p, this.needed, free, left).stream().mapToInt(Integer::intValue).toArray();
			for (int e : chosen[p]) {
				left[e]--;
			}
		}
		return chosen;
	}

	private static <T> List<T> sorted(List<T> items, Comparator<T> order, java.util.function.Function<T, String> key) {
		Set<String> keys = new HashSet<>();
		for (T item : items) {
			if (!keys.add(key.apply(item))) {
				throw new IllegalArgumentException("each one may come only once: " + key.apply(item));
			}
		}
		return items.stream().sorted(order).toList();
	}

}
