package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.opencall.selection.domain.RankingFixtures.criteria;
import static org.opencall.selection.domain.RankingFixtures.entry;
import static org.opencall.selection.domain.RankingFixtures.order;
import static org.opencall.selection.domain.RankingFixtures.proposal;
import static org.opencall.selection.domain.RankingFixtures.rank;
import static org.opencall.selection.domain.RankingFixtures.terms;

/** Funding follows the rank order down a budget of €1,000,000. */
class RankingBudgetLineTest {

	/**
	 * OC-1 (weighted 14) takes €400,000 (600,000 left), OC-2 (13) €350,000 (250,000
	 * left); OC-3 (12) asks €300,000, which does not fit, and draws the line; OC-4 (11)
	 * asks only €100,000, which would fit, but is below the line; OC-5 fails Excellence.
	 */
	private static RankingResult fourPassingOneFailing() {
		return rank(terms(), proposal("OC-4", 0, "100000", "4", "4", "3"), proposal("OC-1", 0, "400000", "5", "5", "4"),
				proposal("OC-5", 0, "50000", "2", "4", "4"), proposal("OC-3", 0, "300000", "4", "4", "4"),
				proposal("OC-2", 0, "350000", "5", "4", "4"));
	}

	@Test
	void proposalsAreSelectedDownTheRankingWhileTheirRequestsFit() {
		RankingResult result = fourPassingOneFailing();

		assertThat(order(result)).containsExactly("OC-1", "OC-2", "OC-3", "OC-4", "OC-5");
		assertThat(result.selected()).extracting(RankedProposal::submissionReference).containsExactly("OC-1", "OC-2");
		assertThat(entry(result, "OC-1").remainingBudget()).isEqualByComparingTo("600000");
		assertThat(entry(result, "OC-2").remainingBudget()).isEqualByComparingTo("250000");
		assertThat(entry(result, "OC-2").reason()).isEqualTo("Ranked 2 of 4 passing proposals, within the budget");
	}

	@Test
	void theFirstRequestThatDoesNotFitDrawsTheLineAndASmallerOneBelowIsStillReserve() {
		RankingResult result = fourPassingOneFailing();

		RankedProposal line = entry(result, "OC-3");
		RankedProposal below = entry(result, "OC-4");
		assertThat(line.outcome()).isEqualTo(FundingOutcome.RESERVE);
		assertThat(line.reservePosition()).isEqualTo(1);
		assertThat(line.reason()).isEqualTo("Ranked 3 of 4 passing proposals. The budget was used up by"
				+ " higher-ranked proposals (remaining €250,000, requested €300,000); first on the reserve list");
		assertThat(below.outcome()).isEqualTo(FundingOutcome.RESERVE);
		assertThat(below.reservePosition()).isEqualTo(2);
		assertThat(below.remainingBudget()).isEqualByComparingTo("250000");
		assertThat(below.reason()).isEqualTo("Ranked 4 of 4 passing proposals, below the budget line drawn at rank 3"
				+ " (remaining €250,000, requested €100,000): funding follows the rank order; 2nd on the reserve list");
		assertThat(result.reserveList()).extracting(RankedProposal::submissionReference)
			.containsExactly("OC-3", "OC-4");
		assertThat(entry(result, "OC-5").outcome()).isEqualTo(FundingOutcome.REJECTED);
	}

	@Test
	void theTotalsSayWhatIsCommittedWhatRemainsAndWhereTheLineIs() {
		RankingResult result = fourPassingOneFailing();

		assertThat(result.budget()).isEqualByComparingTo("1000000");
		assertThat(result.committed()).isEqualByComparingTo("750000");
		assertThat(result.remaining()).isEqualByComparingTo("250000");
		assertThat(result.selectedCount()).isEqualTo(2);
		assertThat(result.reserveCount()).isEqualTo(2);
		assertThat(result.rejectedCount()).isEqualTo(1);
		assertThat(result.budgetLineRank()).isEqualTo(3);
		assertThat(result.budgetLineReference()).isEqualTo("OC-3");
	}

	@Test
	void whenEveryRequestFitsThereIsNoLine() {
		RankingResult result = rank(terms(), proposal("OC-1", 0, "400000", "5", "5", "4"),
				proposal("OC-2", 0, "600000", "4", "4", "4"));

		// 400,000 + 600,000 is exactly the budget: the last request fits what remains
		assertThat(result.entries()).extracting(RankedProposal::outcome).containsOnly(FundingOutcome.SELECTED);
		assertThat(entry(result, "OC-2").remainingBudget()).isEqualByComparingTo("0");
		assertThat(result.remaining()).isEqualByComparingTo("0");
		assertThat(result.budgetLineRank()).isNull();
		assertThat(result.budgetLineReference()).isNull();
	}

	@Test
	void whenEveryProposalFailsNothingIsCommitted() {
		RankingResult result = rank(terms(), proposal("OC-1", "2", "5", "5"), proposal("OC-2", "3", "3", "3"));

		assertThat(result.entries()).extracting(RankedProposal::outcome).containsOnly(FundingOutcome.REJECTED);
		assertThat(result.committed()).isEqualByComparingTo("0");
		assertThat(result.remaining()).isEqualByComparingTo("1000000");
		assertThat(result.selectedCount() + result.reserveCount()).isZero();
		assertThat(result.budgetLineRank()).isNull();
	}

	@Test
	void aCallWithoutProposalsHasAnEmptyRanking() {
		RankingResult result = RankingProposals.rank(terms(), List.of(), List.of());

		assertThat(result.entries()).isEmpty();
		assertThat(result.committed()).isEqualByComparingTo("0");
		assertThat(result.remaining()).isEqualByComparingTo("1000000");
		assertThat(result.budgetLineReference()).isNull();
	}

	@Test
	void withNoBudgetTheFirstPassingProposalDrawsTheLine() {
		RankingResult result = rank(terms().withBudget(BigDecimal.ZERO), proposal("OC-1", "4", "4", "4"));

		assertThat(entry(result, "OC-1").outcome()).isEqualTo(FundingOutcome.RESERVE);
		assertThat(result.budgetLineRank()).isEqualTo(1);
	}

	@Test
	void theReasonsShowAmountsInTheCallsCurrency() {
		RankingTerms swiss = RankingTerms.withDefaultTieBreaks(criteria(), null, new BigDecimal("100000.50"),
				Currency.getInstance("CHF"));

		RankingResult result = rank(swiss, proposal("OC-1", 0, "200000", "4", "4", "4"));

		assertThat(entry(result, "OC-1").reason()).contains("(remaining CHF 100,000.50, requested CHF 200,000)");
	}

	@Test
	void aProposalWithoutARequestedAmountOrAScoreIsRefusedByName() {
		EvaluatedProposal noAmount = proposal("OC-7", 0, null, "4", "4", "4");
		EvaluatedProposal noImpact = new EvaluatedProposal("OC-8", "Org", BigDecimal.TEN, RankingFixtures.NINE,
				Map.of("Excellence", BigDecimal.ONE, "Implementation", BigDecimal.ONE));

		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> rank(terms(), proposal("OC-1", "4", "4", "4"), noAmount, noImpact))
			.withMessage("The proposals cannot be ranked: OC-7 has no requested amount;"
					+ " OC-8 has no consensus score for Impact");
	}

	@Test
	void aScoreThatIsNoScoreIsRefused() {
		EvaluatedProposal tooHigh = proposal("OC-1", "5.5", "4", "4");
		EvaluatedProposal quarter = proposal("OC-2", "4", "3.25", "4");

		assertThatExceptionOfType(StateConflictException.class).isThrownBy(() -> rank(terms(), tooHigh, quarter))
			.withMessage("The proposals cannot be ranked: OC-1 has 5.5 for Excellence, not a score from 0 to 5 in"
					+ " half points; OC-2 has 3.25 for Impact, not a score from 0 to 5 in half points");
	}

}
