package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The assignment as a minimum-cost flow, solved by JGraphT's
 * {@link CapacityScalingMinimumCostFlow}. Each proposal supplies as many units as it
 * needs experts; each expert demands their room left. A unit goes from a proposal to an
 * expert over an arc of capacity 1 and cost {@code 100 − affinity}. A slack node takes
 * the difference: it supplies the room nobody needs to the experts (cost 0), and it takes
 * the units of places no expert can fill (cost higher than any total of real places), so
 * that the flow always exists and fills as many places as possible before it maximises
 * affinity. Conflicted pairs and experts without room have no arc.
 * <p>
 * Only the given candidate arcs of each proposal are in the network. The dual solution
 * (node potentials) JGraphT returns with the flow proves whether a missing arc could have
 * improved it: by the reduced-cost optimality condition, the flow is optimal for the
 * network with every eligible arc when each missing arc's reduced cost
 * {@code cost + π(expert) − π(proposal)} is at least 0. The missing arcs that break the
 * condition are what {@link #missingArcsThatCouldImprove} returns.
 */
final class AssignmentNetwork {

	/**
	 * Reduced costs above {@code -TOLERANCE} count as non-negative: a flow that meets the
	 * condition within it is within {@code nodes × TOLERANCE} (about 0.01 for 12,000
	 * nodes) of the optimum, and with the tie-breakers (below 0.5 in all) that is less
	 * than one point of affinity.
	 */
	private static final double TOLERANCE = 1e-6;

	private static final int TIE_BREAKER_STEPS = 1024;

	/**
	 * Plain successive shortest paths: every proposal pushes its units before the slack
	 * does, and each search stops at the nearest expert with room, which is far quicker
	 * here than scaling phases that first fill the experts with slack.
	 */
	private static final int WITHOUT_SCALING = 1;

	private final AssignmentInput input;

	private final List<BitSet> arcs;

	private final long unfilledCost;

	private final int places;

	private int[][] chosen;

	private int unfilled;

	private Map<Integer, Double> potentials;

	/**
	 * @param arcs each proposal's candidate experts
	 */
	AssignmentNetwork(AssignmentInput input, List<BitSet> arcs) {
		this.input = input;
		this.arcs = arcs;
		this.places = input.proposalCount() * input.needed + 1;
		this.unfilledCost = 101L * this.places + 1;
	}

	void solve() {
		int proposals = this.input.proposalCount();
		int experts = this.input.expertCount();
		int slack = proposals + experts;
		int needed = this.input.needed;
		int room = 0;
		DefaultDirectedWeightedGraph<Integer, Arc> graph = new DefaultDirectedWeightedGraph<>(null, null);
		for (int v = 0; v <= slack; v++) {
			graph.addVertex(v);
		}
		for (int e = 0; e < experts; e++) {
			if (this.input.room[e] > 0) {
				add(graph, slack, proposals + e, this.input.room[e], 0);
				room += this.input.room[e];
			}
		}
		List<List<Arc>> arcsOfProposal = new ArrayList<>(proposals);
		for (int p = 0; p < proposals; p++) {
			List<Arc> own = new ArrayList<>();
			BitSet candidates = this.arcs.get(p);
			for (int e = candidates.nextSetBit(0); e >= 0; e = candidates.nextSetBit(e + 1)) {
				own.add(add(graph, p, proposals + e, 1, cost(p, e)));
			}
			own.add(add(graph, p, slack, needed, this.unfilledCost));
			arcsOfProposal.add(own);
		}
		int[] supply = new int[slack + 1];
		for (int p = 0; p < proposals; p++) {
			supply[p] = needed;
		}
		for (int e = 0; e < experts; e++) {
			supply[proposals + e] = -this.input.room[e];
		}
		supply[slack] = room - needed * proposals;
		MinimumCostFlowProblem<Integer, Arc> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
				(v) -> supply[v], (arc) -> arc.capacity);
		CapacityScalingMinimumCostFlow<Integer, Arc> algorithm = new CapacityScalingMinimumCostFlow<>(WITHOUT_SCALING);
		MinimumCostFlow<Arc> flow = algorithm.getMinimumCostFlow(problem);
		this.potentials = algorithm.getDualSolution();
		this.chosen = new int[proposals][];
		this.unfilled = 0;
		for (int p = 0; p < proposals; p++) {
			List<Integer> taken = new ArrayList<>();
			for (Arc arc : arcsOfProposal.get(p)) {
				int units = (int) Math.round(flow.getFlow(arc));
				if (graph.getEdgeTarget(arc) == slack) {
					this.unfilled += units;
				}
				else if (units > 0) {
					taken.add(graph.getEdgeTarget(arc) - proposals);
				}
			}
			this.chosen[p] = taken.stream().mapToInt(Integer::intValue).toArray();
		}
	}

	/** The experts the flow chose for a proposal. */
	int[] chosen(int p) {
		return this.chosen[p];
	}

	/** How many places the flow left unfilled. */
	int unfilled() {
		return this.unfilled;
	}

	/**
	 * For each proposal, eligible experts without an arc whose arc would have a negative
	 * reduced cost — at most {@code limit} each; all empty when the flow is optimal for
	 * the network with every eligible arc.
	 */
	List<List<Integer>> missingArcsThatCouldImprove(int limit) {
		int proposals = this.input.proposalCount();
		double[] expertPotential = new double[this.input.expertCount()];
		for (int e = 0; e < expertPotential.length; e++) {
			expertPotential[e] = potential(proposals + e);
		}
		List<List<Integer>> missing = new ArrayList<>(proposals);
		for (int p = 0; p < proposals; p++) {
			List<Integer> improving = new ArrayList<>();
			double proposalPotential = potential(p);
			BitSet own = this.arcs.get(p);
			byte[] affinities = this.input.affinities[p];
			for (int e = 0; e < expertPotential.length && improving.size() < limit; e++) {
				if (cost(p, e) + expertPotential[e] - proposalPotential < -TOLERANCE && !own.get(e)
						&& this.input.eligible(p, e)) {
					improving.add(e);
				}
			}
			missing.add(improving);
		}
		return missing;
	}

	/**
	 * {@code 100 − affinity}, plus a tie-breaker below {@code 1 / (2 × places)} that is
	 * fixed per pair: the tie-breakers of all places together stay below 0.5, so they
	 * never outweigh a point of affinity, and equal affinities no longer form large
	 * plateaus of equally short paths that each search of the flow would have to walk
	 * entirely.
	 */
	private double cost(int p, int e) {
		int tieBreaker = Math.floorMod(p * 31 + e * 1_000_003, TIE_BREAKER_STEPS);
		return 100 - this.input.affinity(p, e) + (double) tieBreaker / TIE_BREAKER_STEPS / (2.0 * this.places);
	}

	private double potential(int vertex) {
		return this.potentials.getOrDefault(vertex, 0.0);
	}

	private static Arc add(DefaultDirectedWeightedGraph<Integer, Arc> graph, int from, int to, int capacity,
			double cost) {
		Arc arc = new Arc(capacity);
		graph.addEdge(from, to, arc);
		graph.setEdgeWeight(arc, cost);
		return arc;
	}

	/** An arc with its capacity. */
	static final class Arc extends DefaultWeightedEdge {

		private static final long serialVersionUID = 1L;

		final int capacity;

		Arc(int capacity) {
			this.capacity = capacity;
		}

	}

}
