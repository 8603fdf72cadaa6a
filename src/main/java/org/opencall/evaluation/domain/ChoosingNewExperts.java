package org.opencall.evaluation.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.opencall.platform.StateConflictException;

/**
 * The experts of a proposal's re-evaluation: as many as the call asks for per proposal,
 * all new to it (none who held a slot of an earlier round, those who declared a conflict
 * or declined included) and free of detected conflicts with it, chosen one after the
 * other as {@link ReplacingExperts#nextBestExpert} chooses a replacement — the highest
 * affinity, then the lighter load, then the username.
 * <p>
 * Experts with room in their load for the call come first. Only when they are too few are
 * experts at their maximum asked too, again best first: a re-evaluation answers an upheld
 * redress request, which the panel's loads should not turn away, and the officers see who
 * goes beyond their maximum. When even then the panel has too few new experts, nothing is
 * chosen.
 */
public final class ChoosingNewExperts {

	private final ReplacingExperts replacing;

	private final int needed;

	public ChoosingNewExperts(AssignmentRules rules) {
		this.replacing = new ReplacingExperts(rules);
		this.needed = rules.expertsPerProposal();
	}

	/**
	 * @param panel the call's experts
	 * @param currentLoads the proposals of the call each expert holds (scored included)
	 * @param earlierExperts everyone who held a slot of the proposal in any round
	 * @throws StateConflictException naming how many new experts were found and how many
	 * are needed, when the panel has too few
	 */
	public NewExperts choose(ProposalToAssign proposal, List<Candidate> panel, Map<String, Integer> currentLoads,
			Set<String> earlierExperts) {
		Set<String> taken = new HashSet<>(earlierExperts);
		List<AssignedExpert> chosen = new ArrayList<>();
		fill(chosen, taken, proposal, panel, currentLoads);
		int withRoom = chosen.size();
		fill(chosen, taken, proposal, panel.stream().map(ChoosingNewExperts::withoutMaximum).toList(), currentLoads);
		if (chosen.size() < this.needed) {
			throw new StateConflictException("The call's panel has " + chosen.size()
					+ ((chosen.size() == 1) ? " expert" : " experts") + " new to proposal " + proposal.reference()
					+ " and free of conflicts with it; its re-evaluation needs " + this.needed
					+ ". Invite more experts to the call.");
		}
		return new NewExperts(chosen,
				chosen.subList(withRoom, chosen.size()).stream().map(AssignedExpert::username).toList());
	}

	private void fill(List<AssignedExpert> chosen, Set<String> taken, ProposalToAssign proposal,
			List<Candidate> candidates, Map<String, Integer> currentLoads) {
		while (chosen.size() < this.needed) {
			Optional<AssignedExpert> next = this.replacing.nextBestExpert(proposal, candidates, currentLoads, taken);
			if (next.isEmpty()) {
				return;
			}
			chosen.add(next.get());
			taken.add(next.get().username());
		}
	}

	private static Candidate withoutMaximum(Candidate candidate) {
		return new Candidate(candidate.username(), candidate.displayName(), candidate.organisation(),
				candidate.emailDomain(), candidate.country(), candidate.expertise(), Integer.MAX_VALUE);
	}

	/**
	 * The chosen experts, best first (the first is the default rapporteur), and those of
	 * them who go beyond their maximum load for the call.
	 */
	public record NewExperts(List<AssignedExpert> experts, List<String> beyondTheirLoad) {

		public NewExperts {
			experts = List.copyOf(experts);
			beyondTheirLoad = List.copyOf(beyondTheirLoad);
		}

		public List<String> usernames() {
			return this.experts.stream().map(AssignedExpert::username).toList();
		}

	}

}
