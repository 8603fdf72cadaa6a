package org.opencall.selection.domain;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.opencall.selection.domain.RankingFixtures.criteria;
import static org.opencall.selection.domain.RankingFixtures.terms;

class RankingTermsTest {

	@Test
	void theDefaultTieBreaksAreTheFirstTwoCriteriaThenTheEarlierSubmission() {
		assertThat(terms().tieBreaks()).containsExactly(TieBreak.higherScore("Excellence"),
				TieBreak.higherScore("Impact"), TieBreak.earlierSubmission());
		assertThat(TieBreak.defaultsFor(List.of(RankingCriterion.named("Relevance"))))
			.containsExactly(TieBreak.higherScore("Relevance"), TieBreak.earlierSubmission());
	}

	@Test
	void theDefaultsFillWhatTheTermsLeaveOut() {
		RankingTerms terms = terms();

		assertThat(terms.overallThreshold()).isEqualByComparingTo("10");
		assertThat(terms.currency().getCurrencyCode()).isEqualTo("EUR");
		assertThat(terms.criteria()).allSatisfy((criterion) -> {
			assertThat(criterion.threshold()).isEqualByComparingTo("3");
			assertThat(criterion.weight()).isEqualByComparingTo("1");
		});
	}

	@Test
	void theParserReadsCriteriaWithoutRegardToCaseAndGivesTheirNamesBack() {
		List<TieBreak> tieBreaks = TieBreak.parse(List.of(" impact ", "earlier_submission", "EXCELLENCE"), criteria());

		assertThat(tieBreaks).containsExactly(TieBreak.higherScore("Impact"), TieBreak.earlierSubmission(),
				TieBreak.higherScore("Excellence"));
		assertThat(tieBreaks).extracting(TieBreak::entry).containsExactly("Impact", "EARLIER_SUBMISSION", "Excellence");
		assertThat(tieBreaks).extracting(TieBreak::inWords)
			.containsExactly("higher Impact", "earlier submission", "higher Excellence");
	}

	@Test
	void noListOrAnEmptyOneIsTheDefault() {
		assertThat(TieBreak.parse(null, criteria())).isEqualTo(terms().tieBreaks());
		assertThat(TieBreak.parse(List.of(), criteria())).isEqualTo(terms().tieBreaks());
	}

	@Test
	void theParserRefusesACriterionTheCallDoesNotHave() {
		InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class,
				() -> TieBreak.parse(List.of("Excellence", "Relevance"), criteria()));

		assertThat(refusal.violations()).containsExactly(new FieldViolation("selection.tieBreaks",
				"\"Relevance\" is not a criterion of the call; use one of Excellence, Impact, Implementation"
						+ " or EARLIER_SUBMISSION"));
	}

	@Test
	void theParserRefusesAnEntryListedTwiceAnEmptyOneAndNamesEveryProblemAtOnce() {
		InvalidInputException refusal = catchThrowableOfType(InvalidInputException.class, () -> TieBreak.parse(
				Arrays.asList("Impact", "impact", " ", "EARLIER_SUBMISSION", "Earlier_Submission", null, "Budget"),
				criteria()));

		assertThat(refusal.violations()).extracting(FieldViolation::field).containsOnly("selection.tieBreaks");
		assertThat(refusal.violations()).extracting(FieldViolation::reason)
			.containsExactly("\"impact\" is listed twice", "entry 3 is empty", "\"Earlier_Submission\" is listed twice",
					"entry 6 is empty", "\"Budget\" is not a criterion of the call; use one of Excellence, Impact,"
							+ " Implementation or EARLIER_SUBMISSION");
	}

	@Test
	void termsRefuseATieBreakOnAnotherCriterionOrListedTwice() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> terms().withTieBreaks(List.of(TieBreak.higherScore("Relevance"))))
			.withMessageContaining("Relevance");
		assertThatIllegalArgumentException().isThrownBy(
				() -> terms().withTieBreaks(List.of(TieBreak.earlierSubmission(), TieBreak.earlierSubmission())));
	}

	@Test
	void termsRefuseValuesNoCallCanHave() {
		assertThatIllegalArgumentException().isThrownBy(() -> terms().withBudget(new BigDecimal("-1")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new RankingCriterion("Impact", new BigDecimal("3.25"), null));
		assertThatIllegalArgumentException().isThrownBy(() -> new RankingCriterion("Impact", null, BigDecimal.ZERO));
		assertThatIllegalArgumentException().isThrownBy(
				() -> RankingTerms.withDefaultTieBreaks(criteria(), new BigDecimal("15.5"), BigDecimal.ONE, null));
		assertThatIllegalArgumentException().isThrownBy(() -> RankingTerms.withDefaultTieBreaks(
				List.of(RankingCriterion.named("Impact"), RankingCriterion.named("impact")), null, BigDecimal.ONE,
				null));
	}

}
