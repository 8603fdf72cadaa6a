package org.opencall.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.opencall.selection.RankedRow;

import static org.assertj.core.api.Assertions.assertThat;

class CallRankingReportTest {

	@Test
	void theRequestsOfThePassingProposalsAddUpAndTheBudgetLineIsDrawnAboveTheFirstOnTheReserveList() {
		List<CallRankingReport.Line> lines = CallRankingReport
			.lines(Stream.of(row(1, "SELECTED", "48000"), row(2, "SELECTED", "48000"), row(3, "RESERVE", "45000"),
					row(4, "RESERVE", "3000"), row(null, "REJECTED", "30000")), new BigDecimal("100000"))
			.toList();

		assertThat(lines).extracting(CallRankingReport.Line::cumulative)
			.containsExactly(new BigDecimal("48000"), new BigDecimal("96000"), new BigDecimal("141000"),
					new BigDecimal("144000"), null);
		// a smaller request below the line stays on the reserve list: the line is drawn
		// once
		assertThat(lines).extracting(CallRankingReport.Line::budgetLineAbove)
			.containsExactly(false, false, true, false, false);
	}

	@Test
	void withoutAReserveListNoBudgetLineIsDrawn() {
		assertThat(CallRankingReport.lines(Stream.of(row(1, "SELECTED", "48000"), row(null, "REJECTED", "30000")),
				new BigDecimal("100000")))
			.noneMatch(CallRankingReport.Line::budgetLineAbove);
	}

	private static RankedRow row(Integer rank, String outcome, String requested) {
		return new RankedRow(rank, "S-" + rank, "Title", "Organisation", outcome, outcome, "Why",
				Map.of("Excellence", new BigDecimal("4")), new BigDecimal("12"), new BigDecimal("12"),
				new BigDecimal(requested));
	}

}
