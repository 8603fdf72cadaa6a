package org.opencall.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencall.evaluation.domain.EvaluationFixtures.CRITERIA;
import static org.opencall.evaluation.domain.EvaluationFixtures.sheet;

class ConsensusRuleTest {

	@Test
	void theMeanIsRoundedToHalfPointsAQuarterRoundingUp() {
		assertThat(mean("2", "2.5")).isEqualByComparingTo("2.5");
		assertThat(mean("2.5", "3")).isEqualByComparingTo("3");
		assertThat(mean("2", "2", "2.5")).isEqualByComparingTo("2");
		assertThat(mean("3", "3.5", "4")).isEqualByComparingTo("3.5");
		assertThat(mean("3", "3", "4")).isEqualByComparingTo("3.5");
		assertThat(mean("0", "0", "0.5")).isEqualByComparingTo("0");
		assertThat(mean("5", "5", "5")).isEqualByComparingTo("5");
	}

	@Test
	void theSpreadOfACriterionIsItsHighestScoreMinusItsLowest() {
		List<Scorecard> cards = List.of(sheet("4", "2", "3").accept(CRITERIA), sheet("3", "4.5", "3").accept(CRITERIA),
				sheet("3.5", "3", "3").accept(CRITERIA));

		assertThat(ConsensusRule.spreads(CRITERIA, cards)).usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.ONE, new BigDecimal("2.5"), BigDecimal.ZERO);
		assertThat(ConsensusRule.maximumSpread(CRITERIA, cards)).isEqualByComparingTo("2.5");
	}

	@Test
	void oneScorecardHasNoSpread() {
		assertThat(ConsensusRule.maximumSpread(CRITERIA, List.of(sheet("1", "5", "3").accept(CRITERIA))))
			.isEqualByComparingTo("0");
	}

	@Test
	void theMeanConsensusKeepsEveryExpertsCommentPerCriterion() {
		Scorecard consensus = ConsensusRule.meanOf(CRITERIA,
				List.of(sheet("4", "2", "3").accept(CRITERIA), sheet("3", "4.5", "3").accept(CRITERIA)));

		assertThat(consensus.scores()).extracting(CriterionScore::score)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(new BigDecimal("3.5"), new BigDecimal("3.5"), new BigDecimal("3"));
		assertThat(consensus.scores().get(0).comment()).isEqualTo("Because of point 1\n\nBecause of point 1");
	}

	@Test
	void noScoresHaveNoMean() {
		assertThatThrownBy(() -> ConsensusRule.roundedMean(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	private static BigDecimal mean(String... scores) {
		return ConsensusRule.roundedMean(List.of(scores).stream().map(BigDecimal::new).toList());
	}

}
