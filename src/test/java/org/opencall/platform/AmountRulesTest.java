package org.opencall.platform;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AmountRulesTest {

	@Test
	void acceptsPositiveAmountsInCentsUpToTheMaximum() {
		assertThat(AmountRules.problem(new BigDecimal("50000"))).isNull();
		assertThat(AmountRules.problem(new BigDecimal("0.01"))).isNull();
		assertThat(AmountRules.problem(new BigDecimal("1234.50"))).isNull();
		assertThat(AmountRules.problem(new BigDecimal("1234.5000"))).as("zeros after the cents").isNull();
		assertThat(AmountRules.problem(new BigDecimal("5E+4"))).isNull();
		assertThat(AmountRules.problem(AmountRules.MAXIMUM)).isNull();
	}

	@Test
	void refusesFractionsOfACentInsteadOfRoundingThem() {
		assertThat(AmountRules.problem(new BigDecimal("0.001"))).isEqualTo("must have at most two decimals");
		assertThat(AmountRules.problem(new BigDecimal("1e-999999999"))).isEqualTo("must have at most two decimals");
	}

	@Test
	void refusesAmountsNoColumnHolds() {
		assertThat(AmountRules.problem(new BigDecimal("1e20"))).isEqualTo("must be at most 999,999,999,999.99");
		assertThat(AmountRules.problem(new BigDecimal("1e999999999"))).isEqualTo("must be at most 999,999,999,999.99");
		assertThat(AmountRules.problem(AmountRules.MAXIMUM.add(new BigDecimal("0.01"))))
			.isEqualTo("must be at most 999,999,999,999.99");
	}

	@Test
	void refusesZeroNegativeAndMissingAmounts() {
		assertThat(AmountRules.problem(BigDecimal.ZERO)).isEqualTo("must be greater than zero");
		assertThat(AmountRules.problem(new BigDecimal("-5"))).isEqualTo("must be greater than zero");
		assertThat(AmountRules.problem(null)).isEqualTo("is required");
	}

}
