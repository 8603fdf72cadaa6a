package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.StateConflictException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.opencall.selection.domain.RankingFixtures.JUSTIFICATION;
import static org.opencall.selection.domain.RankingFixtures.NINE;
import static org.opencall.selection.domain.RankingFixtures.entry;
import static org.opencall.selection.domain.RankingFixtures.move;
import static org.opencall.selection.domain.RankingFixtures.order;
import static org.opencall.selection.domain.RankingFixtures.proposal;
import static org.opencall.selection.domain.RankingFixtures.scoreChange;
import static org.opencall.selection.domain.RankingFixtures.terms;

class RankingPanelAdjustmentsTest {

	/** OC-1: 12; OC-2: 10.5 but Impact 2.5 fails; OC-3: 10.5. */
	private static final List<EvaluatedProposal> ONE_FAILING_IMPACT = List.of(proposal("OC-1", "4", "4", "4"),
			proposal("OC-2", "4", "2.5", "4"), proposal("OC-3", "3.5", "3.5", "3.5"));

	/** Weighted 15, 14, 13, 12, each asking €300,000 of €1,000,000: OC-4 is reserve. */
	private static final List<EvaluatedProposal> FOUR_PASSING = List.of(proposal("OC-1", 0, "300000", "5", "5", "5"),
			proposal("OC-2", 0, "300000", "5", "5", "4"), proposal("OC-3", 0, "300000", "5", "4", "4"),
			proposal("OC-4", 0, "300000", "4", "4", "4"));

	private static RankingResult rank(List<EvaluatedProposal> proposals, PanelAdjustment... adjustments) {
		return RankingProposals.rank(terms(), proposals, List.of(adjustments));
	}

	@Test
	void aJustifiedScoreAdjustmentChangesTheScoreAndIsKeptWithTheProposal() {
		ScoreAdjustment raised = scoreChange("OC-2", "Impact", "2.5", "3.5");

		RankingResult result = rank(ONE_FAILING_IMPACT, raised);

		// OC-2 now passes with 4 + 3.5 + 4 = 11.5, between OC-1 (12) and OC-3 (10.5)
		RankedProposal adjusted = entry(result, "OC-2");
		assertThat(order(result)).containsExactly("OC-1", "OC-2", "OC-3");
		assertThat(adjusted.outcome()).isEqualTo(FundingOutcome.SELECTED);
		assertThat(adjusted.scoreOf("Impact")).isEqualByComparingTo("3.5");
		assertThat(adjusted.total()).isEqualByComparingTo("11.5");
		assertThat(adjusted.adjustments()).containsExactly(raised);
		assertThat(raised.before()).isEqualByComparingTo("2.5");
		assertThat(raised.after()).isEqualByComparingTo("3.5");
		assertThat(raised.justification()).isEqualTo(JUSTIFICATION);
		assertThat(entry(result, "OC-1").adjustments()).isEmpty();
	}

	@Test
	void aLoweredScoreCanMakeAProposalFail() {
		RankingResult result = rank(ONE_FAILING_IMPACT, scoreChange("OC-1", "excellence", "4", "2.5"));

		assertThat(entry(result, "OC-1").reason()).isEqualTo("Excellence 2.5 is below its threshold 3");
		assertThat(entry(result, "OC-1").adjustments()).hasSize(1);
	}

	@Test
	void successiveAdjustmentsOfOneScoreEachStartFromTheOneBefore() {
		RankingResult result = rank(ONE_FAILING_IMPACT, scoreChange("OC-2", "Impact", "2.5", "3"),
				scoreChange("OC-2", "Impact", "3", "3.5"));

		assertThat(entry(result, "OC-2").scoreOf("Impact")).isEqualByComparingTo("3.5");
		assertThat(entry(result, "OC-2").adjustments()).hasSize(2);
	}

	@Test
	void anAdjustmentWhoseBeforeIsNoLongerTheScoreIsRefused() {
		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> rank(ONE_FAILING_IMPACT, scoreChange("OC-2", "Impact", "3", "3.5")))
			.withMessage("The Impact score of OC-2 is 2.5, not 3 as the adjustment says: someone changed it meanwhile");
	}

	@Test
	void anAdjustmentWithoutAJustificationOfASentenceIsRefused() {
		for (String justification : new String[] { null, "   ", "Typo fixed." }) {
			InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
					() -> new ScoreAdjustment("OC-2", "Impact", new BigDecimal("2.5"), new BigDecimal("3"),
							justification, "panel-chair", NINE));

			assertThat(refusal.violations()).as(justification)
				.extracting(FieldViolation::field)
				.containsExactly("justification");
		}
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> new OrderAdjustment("OC-2", 1, "Typo fixed.", "panel-chair", NINE))
			.violations())
			.containsExactly(new FieldViolation("justification", "must explain the change in at least 20 letters"));
	}

	@Test
	void anAdjustedScoreMustBeAScoreAndAChange() {
		for (String after : new String[] { "5.5", "3.25", "-1" }) {
			InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
					() -> scoreChange("OC-2", "Impact", "2.5", after));

			assertThat(refusal.violations()).as(after)
				.containsExactly(
						new FieldViolation("after", "must be a score from 0 to 5 in half points, such as 3 or 3.5"));
		}
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> scoreChange("OC-2", "Impact", "2.5", "2.50"))
			.violations())
			.containsExactly(new FieldViolation("after", "is the score already; an adjustment changes it"));
	}

	@Test
	void anAdjustmentOfACriterionOrProposalNotInTheRankingIsRefused() {
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> rank(ONE_FAILING_IMPACT, scoreChange("OC-2", "Relevance", "3", "4")))
			.violations())
			.containsExactly(new FieldViolation("criterion", "\"Relevance\" is not a criterion of the call"));
		assertThat(catchThrowableOfType(InvalidInputException.class,
				() -> rank(ONE_FAILING_IMPACT, scoreChange("OC-9", "Impact", "3", "4")))
			.violations())
			.containsExactly(new FieldViolation("submissionReference", "OC-9 is not a proposal of this ranking"));
	}

	@Test
	void anOrderAdjustmentPutsTheProposalAtItsPositionAndTheBudgetFollowsTheNewOrder() {
		OrderAdjustment raised = move("OC-4", 2);

		RankingResult result = rank(FOUR_PASSING, raised);

		assertThat(order(result)).containsExactly("OC-1", "OC-4", "OC-2", "OC-3");
		assertThat(result.selected()).extracting(RankedProposal::submissionReference)
			.containsExactly("OC-1", "OC-4", "OC-2");
		assertThat(result.budgetLineReference()).isEqualTo("OC-3");
		assertThat(entry(result, "OC-4").rank()).isEqualTo(2);
		assertThat(entry(result, "OC-4").adjustments()).containsExactly(raised);
		assertThat(entry(result, "OC-4").placeDecidedBy()).isEqualTo("Moved by the panel from rank 4 to rank 2");
		assertThat(entry(result, "OC-2").placeDecidedBy()).isEqualTo("Below OC-4, which the panel moved to rank 2");
		assertThat(entry(result, "OC-3").placeDecidedBy())
			.isEqualTo("Below OC-2 by a lower weighted score (13 against 14)");
	}

	@Test
	void orderAdjustmentsApplyOneAfterAnother() {
		RankingResult result = rank(FOUR_PASSING, move("OC-4", 1), move("OC-3", 1));

		assertThat(order(result)).containsExactly("OC-3", "OC-4", "OC-1", "OC-2");
	}

	@Test
	void scoreAdjustmentsApplyBeforeTheOrderAdjustmentsWhereverTheyAreListed() {
		RankingResult result = rank(ONE_FAILING_IMPACT, move("OC-2", 1), scoreChange("OC-2", "Impact", "2.5", "3"));

		assertThat(order(result)).containsExactly("OC-2", "OC-1", "OC-3");
		assertThat(entry(result, "OC-2").adjustments()).hasSize(2);
	}

	@Test
	void aProposalThatFailsAThresholdCannotBeMovedIntoTheRanking() {
		assertThatExceptionOfType(StateConflictException.class)
			.isThrownBy(() -> rank(ONE_FAILING_IMPACT, move("OC-2", 1)))
			.withMessage("OC-2 cannot be moved in the ranking: it fails a threshold"
					+ " (Impact 2.5 is below its threshold 3) and is not ranked");
	}

	@Test
	void aMoveBeyondThePassingProposalsIsRefused() {
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> rank(FOUR_PASSING, move("OC-1", 5)))
			.violations()).containsExactly(
					new FieldViolation("position", "must be between 1 and 4, the number of passing proposals"));
		assertThat(catchThrowableOfType(InvalidInputException.class, () -> move("OC-1", 0)).violations())
			.extracting(FieldViolation::field)
			.containsExactly("position");
	}

}
