package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssigningExpertsTest {

	private static final AssignmentRules TWO = AssignmentRules.DEFAULT.withExpertsPerProposal(2);

	@Test
	void theAssignmentHasTheHighestTotalAffinityOfAllAssignmentsEvenWithFewCandidateEdges() {
		Random random = new Random(20261204);
		int feasible = 0;
		for (int round = 0; round < 400; round++) {
			int organisations = 2 + random.nextInt(4);
			List<Candidate> experts = AssignmentFixtures.experts(random, 3 + random.nextInt(4), organisations, 0, 3);
			List<ProposalToAssign> proposals = AssignmentFixtures.proposals(random, 2 + random.nextInt(4),
					organisations, experts.size());
			Map<String, Integer> loads = new HashMap<>();
			Set<Pairing> excluded = new HashSet<>();
			for (Candidate expert : experts) {
				if (random.nextInt(4) == 0) {
					loads.put(expert.username(), 1);
				}
				if (random.nextInt(4) == 0) {
					excluded.add(new Pairing(proposals.get(random.nextInt(proposals.size())).reference(),
							expert.username()));
				}
			}
			AssignmentRules rules = TWO.withSameCountryConflicts(random.nextBoolean())
				.withCandidateEdges(1 + random.nextInt(3));
			int best = BruteForce.bestTotal(proposals, experts, rules, loads, excluded);
			AssignmentOutcome outcome = new AssigningExperts(rules).assign(proposals, experts, loads, excluded);
			String situation = "round " + round + " with " + rules;
			if (best < 0) {
				assertThat(outcome).as(situation).isInstanceOf(UnsatisfiableAssignment.class);
			}
			else {
				assertThat(outcome).as(situation).isInstanceOf(ExpertAssignment.class);
				ExpertAssignment assignment = (ExpertAssignment) outcome;
				assertThat(assignment.totalAffinity()).as(situation).isEqualTo(best);
				Constraints.check(assignment, proposals, experts, rules, loads, excluded);
				feasible++;
			}
		}
		assertThat(feasible).as("feasible rounds").isBetween(40, 360);
	}

	@Test
	void aLargeCallGetsEveryProposalItsExpertsWithinLoadsAndFreeOfConflictsAndBeatsGreedy() {
		Random random = new Random(3);
		List<Candidate> experts = AssignmentFixtures.experts(random, 400, 120, 15, 25);
		List<ProposalToAssign> proposals = AssignmentFixtures.proposals(random, 2000, 120, 400);
		AssignmentRules rules = AssignmentRules.DEFAULT.withSameCountryConflicts(true);
		AssignmentOutcome outcome = new AssigningExperts(rules).assign(proposals, experts, Map.of(), Set.of());
		assertThat(outcome).isInstanceOf(ExpertAssignment.class);
		ExpertAssignment optimal = (ExpertAssignment) outcome;
		Constraints.check(optimal, proposals, experts, rules, Map.of(), Set.of());
		AssignmentOutcome greedy = new GreedyAssignment(rules).assign(proposals, experts, Map.of(), Set.of());
		if (greedy instanceof ExpertAssignment greedyAssignment) {
			assertThat(optimal.totalAffinity()).isGreaterThanOrEqualTo(greedyAssignment.totalAffinity());
		}
	}

	@Test
	void pruningToOneCandidateEdgeGivesTheSameTotalAsManyEdges() {
		Random random = new Random(5);
		List<Candidate> experts = AssignmentFixtures.experts(random, 60, 20, 12, 16);
		List<ProposalToAssign> proposals = AssignmentFixtures.proposals(random, 200, 20, 60);
		ExpertAssignment pruned = (ExpertAssignment) new AssigningExperts(AssignmentRules.DEFAULT.withCandidateEdges(1))
			.assign(proposals, experts, Map.of(), Set.of());
		ExpertAssignment complete = (ExpertAssignment) new AssigningExperts(
				AssignmentRules.DEFAULT.withCandidateEdges(60))
			.assign(proposals, experts, Map.of(), Set.of());
		assertThat(pruned.totalAffinity()).isEqualTo(complete.totalAffinity());
		Constraints.check(pruned, proposals, experts, AssignmentRules.DEFAULT, Map.of(), Set.of());
	}

	@Test
	void theSameInputInAnotherOrderGivesTheSameAssignment() {
		Random random = new Random(9);
		List<Candidate> experts = AssignmentFixtures.experts(random, 80, 25, 5, 9);
		List<ProposalToAssign> proposals = AssignmentFixtures.proposals(random, 150, 25, 80);
		AssigningExperts assigning = new AssigningExperts(AssignmentRules.DEFAULT.withCandidateEdges(5));
		AssignmentOutcome first = assigning.assign(proposals, experts, Map.of(), Set.of());
		List<Candidate> shuffledExperts = new ArrayList<>(experts);
		List<ProposalToAssign> shuffledProposals = new ArrayList<>(proposals);
		Collections.shuffle(shuffledExperts, random);
		Collections.shuffle(shuffledProposals, random);
		assertThat(assigning.assign(shuffledProposals, shuffledExperts, Map.of(), Set.of())).isEqualTo(first);
	}

	@Test
	void aProposalWithTooFewExpertsFreeOfConflictsIsNamedWithTheCount() {
		List<Candidate> experts = List.of(expert("a", "MedSense"), expert("b", "MedSense"), expert("c", "Uni"));
		AssignmentOutcome outcome = new AssigningExperts(TWO).assign(
				List.of(proposal("SUB-1", "MedSense Lda"), proposal("SUB-2", "Other")), experts, Map.of(), Set.of());
		assertThat(outcome).isEqualTo(new UnsatisfiableAssignment(
				List.of(new AssignmentShortage("SUB-1", 2, 1, 1, "only 1 expert free of conflicts, 2 needed"))));
	}

	@Test
	void aProposalWhoseExpertsFreeOfConflictsAreFullSaysTheirLoadsAreUsedUp() {
		List<Candidate> experts = List.of(expert("a", "A"), expert("b", "B"), expert("c", "C"));
		AssignmentOutcome outcome = new AssigningExperts(TWO).assign(List.of(proposal("SUB-1", "Other")), experts,
				Map.of("a", 3, "b", 3), Set.of(new Pairing("SUB-1", "c")));
		assertThat(outcome).isEqualTo(new UnsatisfiableAssignment(List.of(new AssignmentShortage("SUB-1", 2, 2, 0,
				"2 experts free of conflicts, but the loads of all but 0 of them are used up, 2 needed"))));
	}

	@Test
	void proposalsCompetingForTooFewPlacesAreNamedWithTheirGroup() {
		List<Candidate> experts = new ArrayList<>();
		for (String name : List.of("a", "b", "c")) {
			experts.add(new Candidate(name, name, "Org " + name, "", "", Set.of(), 1));
		}
		experts.add(new Candidate("y", "y", "Org y", "", "", Set.of(), 5));
		experts.add(new Candidate("z", "z", "Org z", "", "", Set.of(), 5));
		List<ProposalToAssign> proposals = List.of(proposal("SUB-1", "Org z"), proposal("SUB-2", "Org z"),
				proposal("SUB-3", "Org z"), proposal("SUB-4", "Other"));
		Set<Pairing> declined = Set.of(new Pairing("SUB-1", "y"), new Pairing("SUB-2", "y"), new Pairing("SUB-3", "y"));
		AssignmentOutcome outcome = new AssigningExperts(TWO).assign(proposals, experts, Map.of(), declined);
		assertThat(outcome).isInstanceOf(UnsatisfiableAssignment.class);
		List<AssignmentShortage> shortages = ((UnsatisfiableAssignment) outcome).shortages();
		assertThat(shortages).hasSizeBetween(2, 3)
			.allSatisfy((shortage) -> assertThat(shortage.reason())
				.isEqualTo("enough experts free of conflicts, but their loads are used up: with 2 other"
						+ " submissions it needs 6 places from the same 3 experts, who have 3 in all"));
		assertThat(shortages).extracting(AssignmentShortage::reference).doesNotContain("SUB-4");
	}

	@Test
	void currentLoadsAndExcludedPairsAreRespectedOnARerun() {
		List<Candidate> experts = List.of(expert("a", "A"), expert("b", "B"), expert("c", "C"), expert("d", "D"));
		ExpertAssignment assignment = (ExpertAssignment) new AssigningExperts(TWO)
			.assign(List.of(proposal("SUB-1", "X")), experts, Map.of("a", 3), Set.of(new Pairing("SUB-1", "b")));
		assertThat(assignment.expertsOf("SUB-1")).extracting(AssignedExpert::username)
			.containsExactlyInAnyOrder("c", "d");
		assertThat(assignment.loads()).containsEntry("a", 3).containsEntry("b", 0).containsEntry("c", 1);
	}

	private static Candidate expert(String username, String organisation) {
		return new Candidate(username, username, organisation, "", "", Set.of(), 3);
	}

	private static ProposalToAssign proposal(String reference, String organisation) {
		return new ProposalToAssign(reference, organisation, Set.of(), "", "", "", Set.of(), "");
	}

}
