package org.opencall.evaluation.domain;

/**
 * A call's settings for assigning experts.
 *
 * @param expertsPerProposal how many experts evaluate each proposal (2–7, default 3)
 * @param sameCountryConflicts whether an expert from the applicant's country is in a
 * conflict of interest (default no)
 * @param candidateEdges how many of its best experts each proposal starts with in the
 * minimum-cost flow (default 40); more are added where they could improve the result, so
 * this setting changes the time taken, never the result
 */
public record AssignmentRules(int expertsPerProposal, boolean sameCountryConflicts, int candidateEdges) {

	public static final int FEWEST_EXPERTS = 2;

	public static final int MOST_EXPERTS = 7;

	public static final AssignmentRules DEFAULT = new AssignmentRules(3, false, 40);

	public AssignmentRules {
		if (expertsPerProposal < FEWEST_EXPERTS || expertsPerProposal > MOST_EXPERTS) {
			throw new IllegalArgumentException("experts per proposal must be between " + FEWEST_EXPERTS + " and "
					+ MOST_EXPERTS + ", not " + expertsPerProposal);
		}
		if (candidateEdges < 1) {
			throw new IllegalArgumentException("each proposal needs at least one candidate edge");
		}
	}

	public AssignmentRules withExpertsPerProposal(int experts) {
		return new AssignmentRules(experts, this.sameCountryConflicts, this.candidateEdges);
	}

	public AssignmentRules withSameCountryConflicts(boolean conflicts) {
		return new AssignmentRules(this.expertsPerProposal, conflicts, this.candidateEdges);
	}

	public AssignmentRules withCandidateEdges(int edges) {
		return new AssignmentRules(this.expertsPerProposal, this.sameCountryConflicts, edges);
	}

}
