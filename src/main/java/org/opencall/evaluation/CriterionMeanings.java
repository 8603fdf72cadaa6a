package org.opencall.evaluation;

import java.util.Map;

/**
 * What a criterion means for the experts who score it: the EU's wording for the default
 * criteria; for a criterion a call names itself, its name is its meaning.
 */
final class CriterionMeanings {

	private static final Map<String, String> KNOWN = Map.of("excellence",
			"Clarity and pertinence of the objectives; soundness of the concept and of the methodology; "
					+ "how far the solution goes beyond the state of the art for the challenge.",
			"impact",
			"The expected outcomes for patients, carers and the host organisation; the market and the path "
					+ "to it; measures to exploit and communicate the results.",
			"quality and efficiency of the implementation",
			"Quality and effectiveness of the work plan, its milestones and risks; the team's capacity and "
					+ "experience; appropriate resources and budget.");

	private CriterionMeanings() {
	}

	static String of(String criterion) {
		String meaning = KNOWN.get(criterion.strip().toLowerCase());
		return (meaning != null) ? meaning : "Score the proposal on " + criterion + " as the call describes it.";
	}

}
