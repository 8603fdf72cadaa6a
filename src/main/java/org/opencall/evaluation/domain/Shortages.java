package org.opencall.evaluation.domain;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Why proposals the best flow left short cannot get their experts. A proposal is short on
 * its own when too few experts are free of conflicts with it, or too few of those have
 * room left. Otherwise it competes: starting from the short proposals, the experts they
 * could take and the proposals holding those experts' places form a group whose experts
 * are all full (else the flow would have used them) — by Hall's theorem that group needs
 * more places than its experts have, which is the reason given.
 */
final class Shortages {

	private Shortages() {
	}

	/**
	 * @param chosen each proposal's experts in a flow that fills as many places as
	 * possible
	 */
	static List<AssignmentShortage> explain(AssignmentInput input, int[][] chosen) {
		int needed = input.needed;
		List<Integer> shortOnTheirOwn = new ArrayList<>();
		List<Integer> competing = new ArrayList<>();
		for (int p = 0; p < input.proposalCount(); p++) {
			if (chosen[p].length < needed) {
				(input.withRoomLeft(p) < needed ? shortOnTheirOwn : competing).add(p);
			}
		}
		List<AssignmentShortage> shortages = new ArrayList<>();
		for (int p : shortOnTheirOwn) {
			int free = input.freeOfConflicts(p);
			int withRoom = input.withRoomLeft(p);
			String reason = (free < needed) ? "only " + experts(free) + " free of conflicts, " + needed + " needed"
					: experts(free) + " free of conflicts, but the loads of all but " + withRoom
							+ " of them are used up, " + needed + " needed";
			shortages.add(new AssignmentShortage(reference(input, p), needed, free, withRoom, reason));
		}
		if (!competing.isEmpty()) {
			Group group = group(input, chosen, competing);
			int room = 0;
			for (int e = group.experts.nextSetBit(0); e >= 0; e = group.experts.nextSetBit(e + 1)) {
				room += input.room[e];
			}
			// what the group's proposals need from the group's experts: all but the
			// places
			// they hold with experts outside the group
			int neededFromGroup = 0;
			for (int p = group.proposals.nextSetBit(0); p >= 0; p = group.proposals.nextSetBit(p + 1)) {
				neededFromGroup += needed;
				for (int e : chosen[p]) {
					neededFromGroup -= group.experts.get(e) ? 0 : 1;
				}
			}
			int others = group.proposals.cardinality() - 1;
			String reason = "enough experts free of conflicts, but their loads are used up: with " + others
					+ " other submission" + ((others == 1) ? "" : "s") + " it needs " + neededFromGroup
					+ " places from the same " + experts(group.experts.cardinality()) + ", who have " + room
					+ " in all";
			for (int p : competing) {
				shortages.add(new AssignmentShortage(reference(input, p), needed, input.freeOfConflicts(p),
						input.withRoomLeft(p), reason));
			}
		}
		shortages.sort((a, b) -> a.reference().compareTo(b.reference()));
		return shortages;
	}

	private static Group group(AssignmentInput input, int[][] chosen, List<Integer> start) {
		List<List<Integer>> holders = new ArrayList<>();
		for (int e = 0; e < input.expertCount(); e++) {
			holders.add(new ArrayList<>());
		}
		for (int p = 0; p < chosen.length; p++) {
			for (int e : chosen[p]) {
				holders.get(e).add(p);
			}
		}
		Group group = new Group(new BitSet(), new BitSet());
		Deque<Integer> queue = new ArrayDeque<>(start);
		start.forEach(group.proposals::set);
		while (!queue.isEmpty()) {
			int p = queue.poll();
			BitSet own = new BitSet();
			for (int e : chosen[p]) {
				own.set(e);
			}
			for (int e = 0; e < input.expertCount(); e++) {
				if (input.eligible(p, e) && !own.get(e) && !group.experts.get(e)) {
					group.experts.set(e);
					for (int holder : holders.get(e)) {
						if (!group.proposals.get(holder)) {
							group.proposals.set(holder);
							queue.add(holder);
						}
					}
				}
			}
		}
		return group;
	}

	private static String experts(int count) {
		return count + ((count == 1) ? " expert" : " experts");
	}

	private static String reference(AssignmentInput input, int p) {
		return input.proposals.get(p).reference();
	}

	private record Group(BitSet proposals, BitSet experts) {
	}

}
