package org.opencall.contracting.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencall.contracting.domain.GrantFixtures.MAX_GRANT;
import static org.opencall.contracting.domain.GrantFixtures.REQUESTED;
import static org.opencall.contracting.domain.GrantFixtures.RULES;
import static org.opencall.contracting.domain.GrantFixtures.START;

/** The payment plan and the agreement's rules, with numbers checked by hand. */
class AgreementTermsTest {

	@Test
	void theDefaultPlanPays40AtSignature45AfterMidTermAnd15AfterTheFinalReport() {
		AgreementTerms terms = AgreementTerms.defaults(REQUESTED, START, RULES);

		assertThat(terms.endDate()).isEqualTo(LocalDate.of(2028, 9, 30));
		assertThat(terms.milestones()).extracting(Milestone::dueDate)
			.containsExactly(LocalDate.of(2028, 3, 31), LocalDate.of(2028, 9, 30));
		assertThat(terms.instalments()).extracting(Instalment::trigger)
			.containsExactly(Instalment.AT_SIGNATURE, Instalment.AFTER_MILESTONE, Instalment.AFTER_MILESTONE);
		assertThat(terms.instalments()).extracting((i) -> i.amount().toPlainString())
			.containsExactly("20000.00", "22500.00", "7500.00");
	}

	@Test
	void theLastInstalmentTakesTheRoundingRemainderSoThatTheyAddUpExactly() {
		AgreementTerms terms = new AgreementTerms(new BigDecimal("10000.01"), START, 12, null, null, List.of(),
				AgreementTerms.defaults(REQUESTED, START, RULES).milestones(),
				List.of(new Instalment(1, Instalment.AT_SIGNATURE, null, new BigDecimal("33.33"), null),
						new Instalment(2, Instalment.AFTER_MILESTONE, 1, new BigDecimal("33.33"), null),
						new Instalment(3, Instalment.AFTER_MILESTONE, 2, new BigDecimal("33.34"), null)),
				List.of())
			.withAmounts();

		// 33.33 % of 10000.01 = 3333.0033 -> 3333.00, twice; the last 10000.01 - 6666.00
		assertThat(terms.instalments()).extracting((i) -> i.amount().toPlainString())
			.containsExactly("3333.00", "3333.00", "3334.01");
	}

	@Test
	void theDefaultsPassTheRules() {
		assertThat(AgreementRules.violations(GrantFixtures.defaults(), REQUESTED, MAX_GRANT, RULES)).isEmpty();
	}

	@Test
	void sharesThatDoNotAddUpTo100AreRefusedNamingThePlan() {
		AgreementTerms terms = plan("40", "45", "10");

		assertThat(fields(terms)).containsExactly("instalments");
	}

	@Test
	void paymentsBeforeTheLastAboveTheCapAreRefused() {
		// 40 + 55 = 95 % before the last: above 90 %
		assertThat(fields(plan("40", "55", "5"))).containsExactly("instalments[1].percent");
	}

	@Test
	void anAmountAboveTheRequestOrTheMaximumGrantOrNotPositiveIsRefused() {
		AgreementTerms terms = GrantFixtures.defaults();
		assertThat(fields(withAmount(terms, "50000.01"))).containsExactly("amount");
		assertThat(AgreementRules.violations(withAmount(terms, "55000"), new BigDecimal("70000"), MAX_GRANT, RULES))
			.isEmpty();
		assertThat(AgreementRules.violations(withAmount(terms, "65000"), new BigDecimal("70000"), MAX_GRANT, RULES))
			.extracting(FieldViolation::field)
			.containsExactly("amount");
		assertThat(fields(withAmount(terms, "0"))).containsExactly("amount");
	}

	@Test
	void aDurationOutside1To60MonthsIsRefused() {
		AgreementTerms terms = GrantFixtures.defaults();
		AgreementTerms tooLong = new AgreementTerms(terms.amount(), START, 61, null, null, List.of(),
				terms.milestones(), terms.instalments(), List.of());
		assertThat(fields(tooLong)).contains("durationMonths");
	}

	@Test
	void milestonesOutsideThePeriodOrAMilestoneInstalmentNamingNoneAreRefused() {
		AgreementTerms terms = GrantFixtures.defaults();
		List<Milestone> late = List.of(terms.milestones().get(0),
				new Milestone(2, "Final report", "Report", LocalDate.of(2028, 10, 1)));
		AgreementTerms outside = new AgreementTerms(terms.amount(), START, 12, null, null, List.of(), late,
				List.of(new Instalment(1, Instalment.AT_SIGNATURE, null, new BigDecimal("40"), null),
						new Instalment(2, Instalment.AFTER_MILESTONE, 3, new BigDecimal("60"), null)),
				List.of());

		assertThat(fields(outside)).containsExactly("milestones[1].dueDate", "instalments[1].milestone");
	}

	@Test
	void indicatorsNeedNameUnitBaselineAndTarget() {
		AgreementTerms terms = GrantFixtures.defaults();
		AgreementTerms vague = new AgreementTerms(terms.amount(), START, 12, null, null, List.of(), terms.milestones(),
				terms.instalments(), List.of(new Indicator("Staff time saved", " ", null, BigDecimal.TEN)));

		assertThat(fields(vague)).containsExactly("indicators[0].unit", "indicators[0].baseline");
	}

	@Test
	void checkRefusesAllReasonsAtOnce() {
		assertThatThrownBy(
				() -> AgreementRules.check(withAmount(plan("40", "45", "10"), "90000"), REQUESTED, MAX_GRANT, RULES))
			.isInstanceOfSatisfying(InvalidInputException.class,
					(ex) -> assertThat(ex.violations()).extracting(FieldViolation::field)
						.containsExactly("amount", "instalments"));
	}

	private static List<String> fields(AgreementTerms terms) {
		return AgreementRules.violations(terms, REQUESTED, MAX_GRANT, RULES)
			.stream()
			.map(FieldViolation::field)
			.toList();
	}

	static AgreementTerms plan(String first, String second, String third) {
		AgreementTerms terms = GrantFixtures.defaults();
		return new AgreementTerms(terms.amount(), START, 12, terms.hostOrganisationId(), terms.hostOrganisation(),
				terms.needReferences(), terms.milestones(),
				List.of(new Instalment(1, Instalment.AT_SIGNATURE, null, new BigDecimal(first), null),
						new Instalment(2, Instalment.AFTER_MILESTONE, 1, new BigDecimal(second), null),
						new Instalment(3, Instalment.AFTER_MILESTONE, 2, new BigDecimal(third), null)),
				terms.indicators());
	}

	static AgreementTerms withAmount(AgreementTerms terms, String amount) {
		return new AgreementTerms(new BigDecimal(amount), terms.startDate(), terms.durationMonths(),
				terms.hostOrganisationId(), terms.hostOrganisation(), terms.needReferences(), terms.milestones(),
				terms.instalments(), terms.indicators());
	}

}
