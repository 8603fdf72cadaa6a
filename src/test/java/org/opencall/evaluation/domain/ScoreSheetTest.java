package org.opencall.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.opencall.evaluation.domain.EvaluationFixtures.CRITERIA;
import static org.opencall.evaluation.domain.EvaluationFixtures.sheet;

class ScoreSheetTest {

	@Test
	void aCompleteSheetInHalfPointsIsAcceptedInTheCallsOrder() {
		Scorecard card = sheet("4.5", "3", "0").accept(CRITERIA);

		assertThat(card.scores()).extracting(CriterionScore::criterion)
			.containsExactly("Excellence", "Impact", "Quality and efficiency of the implementation");
		assertThat(card.scores()).extracting(CriterionScore::score)
			.containsExactly(new BigDecimal("4.5"), new BigDecimal("3.0"), new BigDecimal("0.0"));
		assertThat(card.total()).isEqualByComparingTo("7.5");
		assertThat(card.overallComment()).isEqualTo("A sound proposal overall.");
	}

	@Test
	void scoresOutsideZeroToFiveOrBetweenHalfPointsAreRefusedNamingTheirField() {
		assertThat(refusals(sheet("5.5", "-0.5", "3.3"))).containsExactly(
				new FieldViolation("score1", "the score for Excellence must be from 0 to 5"),
				new FieldViolation("score2", "the score for Impact must be from 0 to 5"), new FieldViolation("score3",
						"the score for Quality and efficiency of the implementation must be in half points, such as 3 or 3.5"));
	}

	@Test
	void aScoreThatIsNoNumberIsRefused() {
		assertThat(refusals(sheet("four", "NaN", "3"))).extracting(FieldViolation::field)
			.containsExactly("score1", "score2");
	}

	@Test
	void everyCriterionNeedsAScoreAndACommentAndTheSheetAnOverallComment() {
		ScoreSheet missing = new ScoreSheet(List.of("4", ""), List.of("Clear", " "), " ");

		assertThat(refusals(missing)).containsExactly(new FieldViolation("score2", "a score for Impact is required"),
				new FieldViolation("comment2", "a comment on Impact is required"),
				new FieldViolation("score3", "a score for Quality and efficiency of the implementation is required"),
				new FieldViolation("comment3", "a comment on Quality and efficiency of the implementation is required"),
				new FieldViolation("overallComment", "is required"));
	}

	@Test
	void aScoreForACriterionTheCallDoesNotHaveIsRefused() {
		assertThat(refusals(sheet("4", "4", "4", "4")))
			.containsExactly(new FieldViolation("score4", "the call has 3 criteria; there is no criterion 4 to score"));
	}

	private static List<FieldViolation> refusals(ScoreSheet sheet) {
		return catchThrowableOfType(InvalidInputException.class, () -> sheet.accept(CRITERIA)).violations();
	}

}
