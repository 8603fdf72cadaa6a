package org.opencall.evaluation.domain;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Checks every rule of an assignment from scratch, pair by pair. */
public final class Constraints {

	private Constraints() {
	}

	public static void check(ExpertAssignment assignment, List<ProposalToAssign> proposals, List<Candidate> experts,
			AssignmentRules rules, Map<String, Integer> currentLoads, Set<Pairing> excluded) {
		Map<String, Candidate> byUsername = new HashMap<>();
		experts.forEach((expert) -> byUsername.put(expert.username(), expert));
		Map<String, Integer> loads = new HashMap<>(currentLoads);
		int total = 0;
		for (ProposalToAssign proposal : proposals) {
			List<AssignedExpert> chosen = assignment.expertsOf(proposal.reference());
			assertThat(chosen).as("experts of " + proposal.reference()).hasSize(rules.expertsPerProposal());
			Set<String> distinct = new HashSet<>();
			for (AssignedExpert assigned : chosen) {
				Candidate expert = byUsername.get(assigned.username());
				assertThat(distinct.add(assigned.username())).as("no expert twice on " + proposal.reference()).isTrue();
				assertThat(ConflictOfInterest.between(expert, proposal, rules.sameCountryConflicts()))
					.as(assigned.username() + " on " + proposal.reference())
					.isEmpty();
				assertThat(excluded).doesNotContain(new Pairing(proposal.reference(), assigned.username()));
				assertThat(assigned.affinity()).isEqualTo(ExpertiseAffinity.of(expert, proposal));
				loads.merge(assigned.username(), 1, Integer::sum);
				total += assigned.affinity();
			}
		}
		for (Candidate expert : experts) {
			int load = loads.getOrDefault(expert.username(), 0);
			assertThat(load).as("load of " + expert.username())
				.isLessThanOrEqualTo(Math.max(expert.maximumLoad(), currentLoads.getOrDefault(expert.username(), 0)));
			assertThat(assignment.loads().get(expert.username())).isEqualTo(load);
		}
		assertThat(assignment.totalAffinity()).isEqualTo(total);
	}

}
