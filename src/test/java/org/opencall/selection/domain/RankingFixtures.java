package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A call with the default criteria (Excellence, Impact, Implementation; thresholds 3,
 * overall 10, weights 1, ties by Excellence, Impact, earlier submission) and a budget of
 * €1,000,000; proposals named by reference with their three scores in that order.
 */
final class RankingFixtures {

	static final Instant NINE = Instant.parse("2026-05-04T09:00:00Z");

	static final String JUSTIFICATION = "The panel found the pilot site letter the experts missed";

	private RankingFixtures() {
	}

	static List<RankingCriterion> criteria() {
		return List.of(RankingCriterion.named("Excellence"), RankingCriterion.named("Impact"),
				RankingCriterion.named("Implementation"));
	}

	static RankingTerms terms() {
		return RankingTerms.withDefaultTieBreaks(criteria(), null, new BigDecimal("1000000"), null);
	}

	/** Submitted at nine, requesting €100,000. */
	static EvaluatedProposal proposal(String reference, String excellence, String impact, String implementation) {
		return proposal(reference, 0, "100000", excellence, impact, implementation);
	}

	static EvaluatedProposal proposal(String reference, int minutesAfterNine, String requested, String excellence,
			String impact, String implementation) {
		return new EvaluatedProposal(reference, "Organisation of " + reference,
				(requested != null) ? new BigDecimal(requested) : null, NINE.plusSeconds(60L * minutesAfterNine),
				Map.of("Excellence", new BigDecimal(excellence), "Impact", new BigDecimal(impact), "Implementation",
						new BigDecimal(implementation)));
	}

	static RankingResult rank(RankingTerms terms, EvaluatedProposal... proposals) {
		return RankingProposals.rank(terms, List.of(proposals), List.of());
	}

	static List<String> order(RankingResult result) {
		return result.entries().stream().map(RankedProposal::submissionReference).toList();
	}

	static RankedProposal entry(RankingResult result, String reference) {
		return result.entryOf(reference).orElseThrow();
	}

	static ScoreAdjustment scoreChange(String reference, String criterion, String before, String after) {
		return new ScoreAdjustment(reference, criterion, new BigDecimal(before), new BigDecimal(after), JUSTIFICATION,
				"panel-chair", NINE.plusSeconds(86_400));
	}

	static OrderAdjustment move(String reference, int position) {
		return new OrderAdjustment(reference, position, "Ex aequo in substance; the panel favours the wider pilot",
				"panel-chair", NINE.plusSeconds(90_000));
	}

}
