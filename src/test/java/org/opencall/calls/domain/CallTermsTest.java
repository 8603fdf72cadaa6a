package org.opencall.calls.domain;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CallTermsTest {

	private static final LocalDateTime OPENING = LocalDateTime.of(2027, 3, 1, 9, 0);

	private static final LocalDateTime DEADLINE = LocalDateTime.of(2027, 5, 31, 17, 0);

	static TermsDraft draft() {
		return new TermsDraft("Remote monitoring", "Home monitoring for chronic patients.",
				List.of(new CallChallenge("Heart failure at home", "Detect decompensation early.")),
				new BigDecimal("250000"), new BigDecimal("50000"), "EUR", OPENING, DEADLINE, "Europe/Lisbon", null,
				null, null);
	}

	@Test
	void acceptsAWellFormedDraftWithTheEuDefaults() {
		CallTerms terms = CallTerms.of(draft());
		assertThat(terms.evaluatorsPerSubmission()).isEqualTo(3);
		assertThat(terms.criteria()).extracting(Criterion::name)
			.containsExactly("Excellence", "Impact", "Quality and efficiency of the implementation");
		assertThat(terms.criteria()).allSatisfy((c) -> assertThat(c.threshold()).isEqualByComparingTo("3"));
		assertThat(terms.overallThreshold()).isEqualByComparingTo("10");
		assertThat(terms.currency().getCurrencyCode()).isEqualTo("EUR");
	}

	@Test
	void evaluatesByTheEuDefaultsUnlessTheCallSaysOtherwise() {
		assertThat(CallTerms.of(draft()).evaluation()).isEqualTo(EvaluationRules.DEFAULT);
		assertThat(EvaluationRules.DEFAULT.consensusMode()).isEqualTo(ConsensusMode.ALWAYS);

		CallTerms cascade = CallTerms.of(withEvaluation(
				new EvaluationRules.Draft(true, "on_divergence", new BigDecimal("2.0"), true, 10, 3, 14, 2)));
		assertThat(cascade.evaluation()).isEqualTo(
				new EvaluationRules(true, ConsensusMode.ON_DIVERGENCE, new BigDecimal("2.0"), true, 10, 3, 14, 2));
	}

	@Test
	void refusesEvaluationRulesNoEvaluationCanFollow() {
		assertRefused(withEvaluation(new EvaluationRules.Draft(null, "sometimes", null, null, null, null, null, null)),
				"evaluation.consensusMode", "ALWAYS or ON_DIVERGENCE");
		assertRefused(
				withEvaluation(
						new EvaluationRules.Draft(null, null, new BigDecimal("0.7"), null, null, null, null, null)),
				"evaluation.consensusSpread", "half points");
		assertRefused(
				withEvaluation(new EvaluationRules.Draft(null, null, BigDecimal.ZERO, null, null, null, null, null)),
				"evaluation.consensusSpread", "between 0.5");
		assertRefused(withEvaluation(new EvaluationRules.Draft(null, null, null, null, 0, null, null, null)),
				"evaluation.invitationDays", "between 1 and 365");
		assertRefused(withEvaluation(new EvaluationRules.Draft(null, null, null, null, null, 400, null, null)),
				"evaluation.declarationDays", "between 1 and 365");
		assertRefused(withEvaluation(new EvaluationRules.Draft(null, null, null, null, null, null, 10, 10)),
				"evaluation.reminderDays", "fewer than the days to score");
	}

	@Test
	void breaksTiesByTheFirstTwoCriteriaThenTheEarlierSubmissionUnlessTheCallSaysOtherwise() {
		CallTerms defaults = CallTerms.of(draft());
		assertThat(defaults.selection()).isEqualTo(SelectionRules.DEFAULT);
		assertThat(defaults.selection().redressDays()).isEqualTo(30);
		assertThat(defaults.tieBreaks()).containsExactly("Excellence", "Impact", "EARLIER_SUBMISSION");

		CallTerms custom = CallTerms
			.of(withSelection(new SelectionRules.Draft(List.of(" impact", "EARLIER_SUBMISSION", "Excellence"), 14)));
		assertThat(custom.selection())
			.isEqualTo(new SelectionRules(List.of("Impact", "EARLIER_SUBMISSION", "Excellence"), 14));
		assertThat(custom.tieBreaks()).containsExactly("Impact", "EARLIER_SUBMISSION", "Excellence");
	}

	@Test
	void theDefaultTieBreaksFollowTheCallsOwnCriteria() {
		CallTerms renamed = CallTerms.of(withSelection(new SelectionRules.Draft(null, null), criterion("Need fit"),
				criterion("Feasibility"), criterion("Team")));
		assertThat(renamed.selection().tieBreaks()).isEmpty();
		assertThat(renamed.tieBreaks()).containsExactly("Need fit", "Feasibility", "EARLIER_SUBMISSION");

		CallTerms single = CallTerms.of(withSelection(null, criterion("Need fit")));
		assertThat(single.tieBreaks()).containsExactly("Need fit", "EARLIER_SUBMISSION");
	}

	@Test
	void refusesTieBreaksNamingNoCriterionOfTheCallSayingWhich() {
		assertRefused(withSelection(new SelectionRules.Draft(List.of("Impact", "Novelty"), null)),
				"selection.tieBreaks", "the second tie-break, \"Novelty\", is not a criterion of this call");
		assertRefused(withSelection(new SelectionRules.Draft(List.of("Impact", " "), null)), "selection.tieBreaks",
				"the second tie-break is empty");
	}

	@Test
	void refusesATieBreakNamingACriterionSinceRenamed() {
		assertRefused(
				withSelection(new SelectionRules.Draft(List.of("Excellence", "EARLIER_SUBMISSION"), null),
						criterion("Scientific excellence"), criterion("Impact")),
				"selection.tieBreaks", "\"Excellence\", is not a criterion of this call");
	}

	@Test
	void refusesATieBreakTwice() {
		assertRefused(withSelection(new SelectionRules.Draft(List.of("Impact", "impact"), null)), "selection.tieBreaks",
				"names \"Impact\" more than once");
		assertRefused(
				withSelection(new SelectionRules.Draft(List.of("EARLIER_SUBMISSION", "earlier_submission"), null)),
				"selection.tieBreaks", "names the earlier submission more than once");
	}

	@Test
	void refusesMoreTieBreaksThanCriteriaAndTheEarlierSubmission() {
		assertRefused(
				withSelection(new SelectionRules.Draft(List.of("Impact", "Team", "EARLIER_SUBMISSION", "Impact"), null),
						criterion("Impact"), criterion("Team")),
				"selection.tieBreaks", "at most 3 tie-breaks");
	}

	@Test
	void refusesARedressWindowOutsideOneToAYear() {
		assertRefused(withSelection(new SelectionRules.Draft(null, 0)), "selection.redressDays", "between 1 and 365");
		assertRefused(withSelection(new SelectionRules.Draft(null, 366)), "selection.redressDays", "between 1 and 365");
		assertThat(CallTerms.of(withSelection(new SelectionRules.Draft(null, 365))).selection().redressDays())
			.isEqualTo(365);
	}

	@Test
	void reportsEveryFewMonthsWhenTheCallSaysSoOtherwiseAtTheInstallationsInterval() {
		assertThat(CallTerms.of(draft()).selection().reportEveryMonths()).isNull();
		assertThat(
				CallTerms.of(withSelection(new SelectionRules.Draft(null, null, null))).selection().reportEveryMonths())
			.isNull();
		assertThat(CallTerms.of(withSelection(new SelectionRules.Draft(null, null, 1))).selection().reportEveryMonths())
			.isEqualTo(1);
		assertThat(CallTerms.of(withSelection(new SelectionRules.Draft(List.of("Impact"), 14, 24))).selection())
			.isEqualTo(new SelectionRules(List.of("Impact"), 14, 24));
	}

	@Test
	void refusesAReportingIntervalOutsideOneToTwentyFourMonths() {
		assertRefused(withSelection(new SelectionRules.Draft(null, null, 0)), "selection.reportEveryMonths",
				"must be from 1 to 24 months");
		assertRefused(withSelection(new SelectionRules.Draft(null, null, 25)), "selection.reportEveryMonths",
				"must be from 1 to 24 months");
		assertRefused(withSelection(new SelectionRules.Draft(null, null, -6)), "selection.reportEveryMonths",
				"must be from 1 to 24 months");
	}

	@Test
	void blamesNoTieBreakForACriterionNameThatWasRefused() {
		TermsDraft refused = withSelection(new SelectionRules.Draft(List.of("Impact"), null), criterion("Impact"),
				criterion("impact"));
		assertThatThrownBy(() -> CallTerms.of(refused)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.violations()).extracting(FieldViolation::field)
					.containsExactly("criteria[1].name"));
	}

	@Test
	void readsOpeningAndDeadlineInTheCallsTimeZone() {
		CallTerms terms = CallTerms.of(draft());
		// Lisbon is on UTC in March and on UTC+1 in May
		assertThat(terms.opensAt()).hasToString("2027-03-01T09:00:00Z");
		assertThat(terms.deadline()).hasToString("2027-05-31T16:00:00Z");
	}

	@Test
	void refusesADeadlineBeforeTheOpening() {
		assertRefused(withTimes(DEADLINE, OPENING, "Europe/Lisbon"), "deadline", "must be after the opening");
	}

	@Test
	void refusesAnUnknownTimeZone() {
		assertRefused(withTimes(OPENING, DEADLINE, "Europe/Atlantis"), "timeZone", "is not a known time zone");
	}

	@Test
	void refusesAZeroOrNegativeBudget() {
		assertRefused(withMoney("0", "0"), "totalBudget", "must be greater than zero");
		assertRefused(withMoney("-5", "1"), "totalBudget", "must be greater than zero");
	}

	@Test
	void refusesAMaximumGrantAboveTheBudget() {
		assertRefused(withMoney("40000", "50000"), "maxGrant", "must not exceed the total budget");
	}

	@Test
	void refusesAMissingTitle() {
		TermsDraft d = draft();
		assertRefused(new TermsDraft("  ", d.description(), d.challenges(), d.totalBudget(), d.maxGrant(), d.currency(),
				d.opening(), d.deadline(), d.timeZone(), null, null, null), "title", "is required");
	}

	@Test
	void refusesThresholdsOutsideZeroToFiveOrBetweenHalfPoints() {
		assertRefused(withCriteria(new Criterion("Excellence", new BigDecimal("5.5"), BigDecimal.ONE)),
				"criteria[0].threshold", "between 0 and 5");
		assertRefused(withCriteria(new Criterion("Excellence", new BigDecimal("-1"), BigDecimal.ONE)),
				"criteria[0].threshold", "between 0 and 5");
		assertRefused(withCriteria(new Criterion("Excellence", new BigDecimal("2.25"), BigDecimal.ONE)),
				"criteria[0].threshold", "half points");
	}

	@Test
	void acceptsWeightsThatOnlyOrderTheRanking() {
		CallTerms terms = CallTerms.of(withCriteria(new Criterion("Excellence", new BigDecimal("3"), null),
				new Criterion("Impact", new BigDecimal("3.5"), new BigDecimal("1.5"))));
		assertThat(terms.criteria()).extracting(Criterion::weight)
			.usingElementComparator(BigDecimal::compareTo)
			.containsExactly(BigDecimal.ONE, new BigDecimal("1.5"));
	}

	@Test
	void refusesEvaluatorsPerSubmissionOutsideTwoToSeven() {
		assertRefused(withEvaluators(1), "evaluatorsPerSubmission", "between 2 and 7");
		assertRefused(withEvaluators(8), "evaluatorsPerSubmission", "between 2 and 7");
		assertThat(CallTerms.of(withEvaluators(7)).evaluatorsPerSubmission()).isEqualTo(7);
	}

	@Test
	void refusesAmountsWithFractionsOfACentOrBeyondWhatIsStored() {
		assertRefused(withMoney("250000.001", "50000"), "totalBudget", "at most two decimals");
		assertRefused(withMoney("1e20", "50000"), "totalBudget", "at most 999,999,999,999.99");
		assertRefused(withMoney("250000", "1e999999999"), "maxGrant", "at most 999,999,999,999.99");
	}

	@Test
	void refusesWeightsWithMoreThanTwoDecimalsAndAnOverallThresholdBetweenHalfPoints() {
		assertRefused(withCriteria(new Criterion("Impact", new BigDecimal("3"), new BigDecimal("0.001"))),
				"criteria[0].weight", "two decimals");
		TermsDraft d = draft();
		assertRefused(
				new TermsDraft(d.title(), d.description(), d.challenges(), d.totalBudget(), d.maxGrant(), d.currency(),
						d.opening(), d.deadline(), d.timeZone(), null, null, new BigDecimal("10.25")),
				"overallThreshold", "half points");
	}

	@Test
	void refusesControlCharactersAndOverlongTextInEveryTextField() {
		TermsDraft d = draft();
		assertRefused(new TermsDraft("a\u0000b", d.description(), d.challenges(), d.totalBudget(), d.maxGrant(),
				d.currency(), d.opening(), d.deadline(), d.timeZone(), null, null, null), "title",
				"control characters");
		assertRefused(
				new TermsDraft(d.title(), d.description(),
						List.of(new CallChallenge("Heart failure", "x".repeat(20_001))), d.totalBudget(), d.maxGrant(),
						d.currency(), d.opening(), d.deadline(), d.timeZone(), null, null, null),
				"challenges[0].description", "at most 20000 characters");
	}

	@Test
	void refusesDatesNoCallCanHave() {
		assertRefused(withTimes(LocalDateTime.of(999_999_999, 1, 1, 0, 0), DEADLINE, "Europe/Lisbon"), "opening",
				"between the years 2000 and 9999");
		assertRefused(withTimes(OPENING, LocalDateTime.of(10_000, 1, 1, 0, 0), "Europe/Lisbon"), "deadline",
				"between the years 2000 and 9999");
	}

	@Test
	void namesEveryRefusedFieldAtOnce() {
		TermsDraft empty = new TermsDraft(null, null, null, null, null, "XYZ1", null, null, null, null, null, null);
		assertThatThrownBy(() -> CallTerms.of(empty)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.violations()).extracting(FieldViolation::field)
					.contains("title", "description", "totalBudget", "maxGrant", "currency", "timeZone", "opening",
							"deadline"));
	}

	private static void assertRefused(TermsDraft draft, String field, String reason) {
		assertThatThrownBy(() -> CallTerms.of(draft)).isInstanceOfSatisfying(InvalidInputException.class,
				(ex) -> assertThat(ex.violations()).anySatisfy((v) -> {
					assertThat(v.field()).isEqualTo(field);
					assertThat(v.reason()).contains(reason);
				}));
	}

	private static TermsDraft withEvaluation(EvaluationRules.Draft evaluation) {
		TermsDraft d = draft();
		return new TermsDraft(d.title(), d.description(), d.challenges(), d.totalBudget(), d.maxGrant(), d.currency(),
				d.opening(), d.deadline(), d.timeZone(), null, null, null, null, evaluation);
	}

	private static TermsDraft withSelection(SelectionRules.Draft selection, Criterion... criteria) {
		TermsDraft d = draft();
		return new TermsDraft(d.title(), d.description(), d.challenges(), d.totalBudget(), d.maxGrant(), d.currency(),
				d.opening(), d.deadline(), d.timeZone(), null, (criteria.length > 0) ? List.of(criteria) : null,
				(criteria.length > 0) ? BigDecimal.ZERO : null, null, null, selection);
	}

	private static Criterion criterion(String name) {
		return new Criterion(name, BigDecimal.valueOf(3), BigDecimal.ONE);
	}

	private static TermsDraft withTimes(LocalDateTime opening, LocalDateTime deadline, String zone) {
		TermsDraft d = draft();
		return new TermsDraft(d.title(), d.description(), d.challenges(), d.totalBudget(), d.maxGrant(), d.currency(),
				opening, deadline, zone, null, null, null);
	}

	private static TermsDraft withMoney(String budget, String grant) {
		TermsDraft d = draft();
		return new TermsDraft(d.title(), d.description(), d.challenges(), new BigDecimal(budget), new BigDecimal(grant),
				d.currency(), d.opening(), d.deadline(), d.timeZone(), null, null, null);
	}

	private static TermsDraft withCriteria(Criterion... criteria) {
		TermsDraft d = draft();
		return new TermsDraft(d.title(), d.description(), d.challenges(), d.totalBudget(), d.maxGrant(), d.currency(),
				d.opening(), d.deadline(), d.timeZone(), null, List.of(criteria), BigDecimal.ZERO);
	}

	private static TermsDraft withEvaluators(int evaluators) {
		TermsDraft d = draft();
		return new TermsDraft(d.title(), d.description(), d.challenges(), d.totalBudget(), d.maxGrant(), d.currency(),
				d.opening(), d.deadline(), d.timeZone(), evaluators, null, null);
	}

}
