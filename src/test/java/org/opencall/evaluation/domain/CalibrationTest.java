package org.opencall.evaluation.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.opencall.evaluation.domain.Calibration.Deviation;
import org.opencall.evaluation.domain.Calibration.Total;

import static org.assertj.core.api.Assertions.assertThat;

class CalibrationTest {

	@Test
	void aLenientExpertStandsAboveTheirPeersAndAHarshOneBelow() {
		Map<String, Deviation> deviations = Calibration
			.of(List.of(total("S-1", "eva", "12"), total("S-1", "emil", "9"), total("S-1", "elena", "9"),
					total("S-2", "eva", "13"), total("S-2", "erik", "7"), total("S-2", "elena", "10")));

		// S-1: eva 12 - 9 = +3; S-2: eva 13 - 8.5 = +4.5; average +3.75
		assertThat(deviations.get("eva").average()).isEqualByComparingTo("3.75");
		assertThat(deviations.get("eva").proposals()).isEqualTo(2);
		// S-2: erik 7 - 11.5 = -4.5
		assertThat(deviations.get("erik").average()).isEqualByComparingTo("-4.5");
		// S-1: elena 9 - 10.5 = -1.5; S-2: 10 - 10 = 0; average -0.75
		assertThat(deviations.get("elena").average()).isEqualByComparingTo("-0.75");
	}

	@Test
	void aProposalScoredByOneExpertAloneSaysNothingAboutThem() {
		Map<String, Deviation> deviations = Calibration
			.of(List.of(total("S-1", "eva", "12"), total("S-2", "emil", "8"), total("S-2", "erik", "8")));

		assertThat(deviations).doesNotContainKey("eva");
		assertThat(deviations.get("emil").average()).isEqualByComparingTo("0");
	}

	private static Total total(String proposal, String expert, String total) {
		return new Total(proposal, expert, new BigDecimal(total));
	}

}
