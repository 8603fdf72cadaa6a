package org.opencall.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.opencall.evaluation.domain.AssigningExperts;
import org.opencall.evaluation.domain.AssignmentFixtures;
import org.opencall.evaluation.domain.AssignmentOutcome;
import org.opencall.evaluation.domain.AssignmentRules;
import org.opencall.evaluation.domain.Candidate;
import org.opencall.evaluation.domain.Constraints;
import org.opencall.evaluation.domain.ExpertAssignment;
import org.opencall.evaluation.domain.GreedyAssignment;
import org.opencall.evaluation.domain.ProposalToAssign;
import org.opencall.evaluation.domain.UnsatisfiableAssignment;

/**
 * Assignment: 10,000 submissions × 3 experts from 2,000 experts (loads 15–25, conflicts by
 * organisation, e-mail domain, partners, team and country) by the optimal minimum-cost flow,
 * against the greedy baseline. Prints the time (the target is 10 s), both total affinities
 * and the result of checking every rule pair by pair.
 */
public final class AssignmentBenchmark {

	private static final int SUBMISSIONS = Integer.getInteger("bench.assignment.submissions", 10_000);

	private static final int EXPERTS = Integer.getInteger("bench.assignment.experts", 2_000);

	private static final int ORGANISATIONS = Integer.getInteger("bench.assignment.organisations", 600);

	private static final int CANDIDATE_EDGES = Integer.getInteger("bench.assignment.candidate-edges",
			AssignmentRules.DEFAULT.candidateEdges());

	private AssignmentBenchmark() {
	}

	public static void main(String[] args) {
		Random random = new Random(2026);
		List<Candidate> experts = AssignmentFixtures.experts(random, EXPERTS, ORGANISATIONS, 15, 25);
		List<ProposalToAssign> proposals = AssignmentFixtures.proposals(random, SUBMISSIONS, ORGANISATIONS, EXPERTS);
		AssignmentRules rules = AssignmentRules.DEFAULT.withSameCountryConflicts(true)
			.withCandidateEdges(CANDIDATE_EDGES);
		// one smaller run first, so that the measured one is not the JVM's first
		new AssigningExperts(rules).assign(proposals.subList(0, SUBMISSIONS / 10), experts, Map.of(), Set.of());

		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		AssignmentOutcome optimal = new AssigningExperts(rules).assign(proposals, experts, Map.of(), Set.of());
		long optimalMillis = (System.nanoTime() - start) / 1_000_000;
		long optimalCpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
		start = System.nanoTime();
		AssignmentOutcome greedy = new GreedyAssignment(rules).assign(proposals, experts, Map.of(), Set.of());
		long greedyMillis = (System.nanoTime() - start) / 1_000_000;

		System.out.printf("Assignment of %,d submissions x %d from %,d experts (candidate edges %d):%n", SUBMISSIONS,
				rules.expertsPerProposal(), EXPERTS, CANDIDATE_EDGES);
		// the CPU time of the solving thread says what the machine's other load hides
		System.out.printf("  optimal (min-cost flow): %,d ms (%,d ms CPU), %s%n", optimalMillis, optimalCpuMillis,
				describe(optimal));
		System.out.printf("  greedy baseline:         %,d ms, %s%n", greedyMillis, describe(greedy));
		if (optimal instanceof ExpertAssignment assignment) {
			Constraints.check(assignment, proposals, experts, rules, Map.of(), Set.of());
			System.out.println("  constraints check: every submission has its experts, loads within maximum,"
					+ " no conflicts, no expert twice on a submission");
			if (greedy instanceof ExpertAssignment baseline) {
				System.out.printf("  optimal / greedy total affinity: %.4f%n",
						(double) assignment.totalAffinity() / baseline.totalAffinity());
			}
		}
		System.out.printf("  target: 10,000 ms; %s%n", (optimalMillis <= 10_000) ? "met"
				: ((optimalCpuMillis <= 10_000) ? "met in CPU time, not in elapsed time" : "NOT met"));
	}

	private static String describe(AssignmentOutcome outcome) {
		if (outcome instanceof ExpertAssignment assignment) {
			return String.format("total affinity %,d (mean %.1f per pair)", assignment.totalAffinity(),
					(double) assignment.totalAffinity() / (SUBMISSIONS * 3));
		}
		return ((UnsatisfiableAssignment) outcome).shortages().size() + " submissions short";
	}

}
