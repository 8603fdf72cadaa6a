package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencall.selection.domain.RankingFixtures.entry;
import static org.opencall.selection.domain.RankingFixtures.order;
import static org.opencall.selection.domain.RankingFixtures.proposal;
import static org.opencall.selection.domain.RankingFixtures.rank;
import static org.opencall.selection.domain.RankingFixtures.terms;

/**
 * Thresholds read the unweighted consensus scores: each criterion at least 3, their sum
 * at least 10 (the default terms of {@link RankingFixtures}).
 */
class RankingThresholdsTest {

	@Test
	void aScoreBelowItsCriterionsThresholdRejectsTheProposalNamingTheCriterion() {
		// each total is 10.5, above the overall threshold: only the one criterion fails
		RankingResult result = rank(terms(), proposal("OC-1", "2.5", "4", "4"), proposal("OC-2", "4", "2.5", "4"),
				proposal("OC-3", "4", "4", "2.5"));

		assertThat(entry(result, "OC-1").reason()).isEqualTo("Excellence 2.5 is below its threshold 3");
		assertThat(entry(result, "OC-2").reason()).isEqualTo("Impact 2.5 is below its threshold 3");
		assertThat(entry(result, "OC-3").reason()).isEqualTo("Implementation 2.5 is below its threshold 3");
		assertThat(result.entries()).allSatisfy((entry) -> {
			assertThat(entry.outcome()).isEqualTo(FundingOutcome.REJECTED);
			assertThat(entry.rank()).isNull();
			assertThat(entry.remainingBudget()).isNull();
		});
		assertThat(result.rejectedCount()).isEqualTo(3);
	}

	@Test
	void aTotalBelowTheOverallThresholdRejectsAProposalThatPassesEveryCriterion() {
		// 3 + 3 + 3.5 = 9.5 < 10
		RankingResult result = rank(terms(), proposal("OC-1", "3", "3", "3.5"));

		RankedProposal entry = entry(result, "OC-1");
		assertThat(entry.outcome()).isEqualTo(FundingOutcome.REJECTED);
		assertThat(entry.total()).isEqualByComparingTo("9.5");
		assertThat(entry.reason()).isEqualTo("Total 9.5 is below the overall threshold 10");
	}

	@Test
	void everyThresholdFailedIsListedInTheCriteriasOrderThenTheTotal() {
		// 2.5 + 3 + 2 = 7.5
		RankingResult result = rank(terms(), proposal("OC-1", "2.5", "3", "2"));

		assertThat(entry(result, "OC-1").reason()).isEqualTo("Excellence 2.5 is below its threshold 3; "
				+ "Implementation 2 is below its threshold 3; Total 7.5 is below the overall threshold 10");
	}

	@Test
	void scoresExactlyAtTheThresholdsPass() {
		// 3 and 3 meet the criteria's threshold, 3 + 3 + 4 = 10 meets the overall one
		RankingResult result = rank(terms(), proposal("OC-1", "3", "3", "4"));

		RankedProposal entry = entry(result, "OC-1");
		assertThat(entry.outcome()).isEqualTo(FundingOutcome.SELECTED);
		assertThat(entry.rank()).isEqualTo(1);
		assertThat(entry.reason()).isEqualTo("Ranked 1 of 1 passing proposals, within the budget");
	}

	@Test
	void eachCriterionsOwnThresholdAndTheCallsOverallThresholdApply() {
		RankingTerms strict = RankingTerms.withDefaultTieBreaks(
				List.of(new RankingCriterion("Excellence", new BigDecimal("4"), null), RankingCriterion.named("Impact"),
						RankingCriterion.named("Implementation")),
				new BigDecimal("12"), new BigDecimal("1000000"), null);

		// 4 + 4 + 4 = 12 passes; 3.5 fails Excellence's 4; 4 + 4 + 3.5 = 11.5 fails 12
		RankingResult result = rank(strict, proposal("OC-1", "4", "4", "4"), proposal("OC-2", "3.5", "5", "5"),
				proposal("OC-3", "4", "4", "3.5"));

		assertThat(order(result)).containsExactly("OC-1", "OC-2", "OC-3");
		assertThat(entry(result, "OC-2").reason()).isEqualTo("Excellence 3.5 is below its threshold 4");
		assertThat(entry(result, "OC-3").reason()).isEqualTo("Total 11.5 is below the overall threshold 12");
	}

	@Test
	void weightsOrderThePassingProposalsButNeverMakeOnePassOrFail() {
		RankingTerms impactWeighted = RankingTerms.withDefaultTieBreaks(List.of(RankingCriterion.named("Excellence"),
				new RankingCriterion("Impact", null, new BigDecimal("1.5")), RankingCriterion.named("Implementation")),
				null, new BigDecimal("1000000"), null);
		EvaluatedProposal[] proposals = {
				// total 11, weighted 5 + 3 × 1.5 + 3 = 12.5
				proposal("OC-A", "5", "3", "3"),
				// total 11, weighted 3 + 5 × 1.5 + 3 = 13.5
				proposal("OC-B", "3", "5", "3"),
				// weighted 2.5 + 7.5 + 5 = 15, the highest, but Excellence 2.5 fails
				proposal("OC-C", "2.5", "5", "5"),
				// total 3 + 3 + 3.5 = 9.5 fails, though weighted 3 + 4.5 + 3.5 = 11
				proposal("OC-D", "3", "3", "3.5") };

		RankingResult weighted = rank(impactWeighted, proposals);
		RankingResult unweighted = rank(terms(), proposals);

		assertThat(order(weighted)).containsExactly("OC-B", "OC-A", "OC-C", "OC-D");
		assertThat(entry(weighted, "OC-B").weightedScore()).isEqualByComparingTo("13.5");
		assertThat(entry(weighted, "OC-B").total()).isEqualByComparingTo("11");
		assertThat(entry(weighted, "OC-A").placeDecidedBy())
			.isEqualTo("Below OC-B by a lower weighted score (12.5 against 13.5)");
		assertThat(entry(weighted, "OC-C").reason()).isEqualTo("Excellence 2.5 is below its threshold 3");
		assertThat(entry(weighted, "OC-D").reason()).isEqualTo("Total 9.5 is below the overall threshold 10");
		// unweighted, OC-A and OC-B tie at 11 and the higher Excellence puts OC-A first
		assertThat(order(unweighted)).containsExactly("OC-A", "OC-B", "OC-C", "OC-D");
		assertThat(unweighted.rejected()).extracting(RankedProposal::submissionReference)
			.containsExactlyElementsOf(weighted.rejected().stream().map(RankedProposal::submissionReference).toList());
	}

	@Test
	void theRejectedFollowThePassingUnrankedInTheSameOrder() {
		RankingResult result = rank(terms(), proposal("OC-1", "2", "5", "5"), proposal("OC-2", "4", "4", "4"),
				proposal("OC-3", "2.5", "5", "5"));

		// rejected: OC-3 (weighted 12.5) before OC-1 (12)
		assertThat(order(result)).containsExactly("OC-2", "OC-3", "OC-1");
		assertThat(result.entries()).extracting(RankedProposal::rank).containsExactly(1, null, null);
	}

}
