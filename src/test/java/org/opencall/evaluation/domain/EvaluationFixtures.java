package org.opencall.evaluation.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluations and score sheets for the domain tests: the EU default criteria and three
 * experts.
 */
public final class EvaluationFixtures {

	public static final Instant NOW = Instant.parse("2027-05-03T08:00:00Z");

	public static final List<EvaluationCriterion> CRITERIA = List.of(
			new EvaluationCriterion("Excellence", "Clarity and soundness of the objectives.", BigDecimal.valueOf(3),
					BigDecimal.ONE),
			new EvaluationCriterion("Impact", "Expected outcomes for patients and carers.", BigDecimal.valueOf(3),
					new BigDecimal("1.5")),
			new EvaluationCriterion("Quality and efficiency of the implementation", "Work plan, team and resources.",
					BigDecimal.valueOf(3), BigDecimal.ONE));

	private EvaluationFixtures() {
	}

	public static EvaluationSettings settings(ConsensusMode mode, String allowedSpread) {
		return EvaluationSettings.of(3, mode, new BigDecimal(allowedSpread), Duration.ofDays(3), Duration.ofDays(14),
				Duration.ofDays(2));
	}

	public static Evaluation started(ConsensusMode mode) {
		return Evaluation.start("S-000042", "HC-2027-01", "healthchain-founding", CRITERIA, settings(mode, "1.5"),
				List.of("eva", "emil", "elena"), NOW);
	}

	/** A complete sheet with these scores (as text) and a comment for each. */
	public static ScoreSheet sheet(String... scores) {
		List<String> comments = new ArrayList<>();
		for (int i = 0; i < scores.length; i++) {
			comments.add("Because of point " + (i + 1));
		}
		return new ScoreSheet(List.of(scores), comments, "A sound proposal overall.");
	}

	/** Every expert declares no conflict and scores with these sheets, slot by slot. */
	public static void scoredBy(Evaluation evaluation, ScoreSheet... sheets) {
		for (int i = 0; i < sheets.length; i++) {
			String expert = evaluation.slot(i).expert();
			evaluation.declareNoConflict(i, expert, NOW);
			evaluation.score(i, expert, sheets[i], NOW);
		}
	}

}
