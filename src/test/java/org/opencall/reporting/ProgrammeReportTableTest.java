package org.opencall.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.opencall.reporting.ProgrammeReport.Breakdown;
import org.opencall.reporting.ProgrammeReport.CallFigures;
import org.opencall.reporting.ProgrammeReport.Indicator;
import org.opencall.reporting.ProgrammeReport.Money;
import org.opencall.reporting.ProgrammeReport.Needs;
import org.opencall.reporting.ProgrammeReport.Pilot;
import org.opencall.reporting.ProgrammeReport.Success;
import org.opencall.reporting.ProgrammeReport.Timing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The programme report's arithmetic and its table: rates and medians, the sections the
 * PDF and the CSV share, an empty period, and the reporting interval's bounds.
 */
class ProgrammeReportTableTest {

	@Test
	void ratesAndMediansAreComputedAsPeopleReadThem() {
		assertThat(ProgrammeFigures.rate(1, 3)).isEqualByComparingTo("33.3");
		assertThat(ProgrammeFigures.rate(0, 0)).isNull();
		Timing timing = ProgrammeFigures.timing(List.of(30L, 10L, 20L, 40L));
		assertThat(timing.medianDays()).isEqualByComparingTo("25");
		assertThat(timing.maxDays()).isEqualTo(40L);
		assertThat(ProgrammeFigures.timing(List.of()).medianDays()).isNull();
		assertThat(ProgrammeFigures.days(Instant.parse("2027-03-01T12:00:00Z"), Instant.parse("2027-03-31T11:00:00Z")))
			.isEqualTo(29);
	}

	@Test
	void theCsvHoldsTheSameRowsAsThePdfsTable() {
		ProgrammeReport report = report();
		String csv = new String(ProgrammeReportCsv.of(report), java.nio.charset.StandardCharsets.UTF_8);

		assertThat(csv).contains("Submissions per call,HC-2027-01,Remote monitoring,2,2,1,50 %")
			.contains("Submissions per country,Portugal,1,1,1")
			.contains("Pilot indicators against the needs,GA-S-000001,Readmissions avoided,patients,0,20,16")
			.contains("Money committed and paid,EUR,\"€48,000\",\"€19,200\"")
			.contains(
					"Success rate and time to decision and signature,\"Days from deadline to decision, median\",21,1 decision");
		assertThat(ReportTable.sections(report.table())).extracting(ReportTable.Section::title)
			.containsExactly(ReportTable.NEEDS, ReportTable.PER_CALL, ReportTable.PER_COUNTRY, ReportTable.PER_TYPE,
					ReportTable.SUCCESS_AND_TIMING, ReportTable.MONEY, ReportTable.PILOTS, ReportTable.INDICATORS);
	}

	@Test
	void anEmptyPeriodSaysSoInEverySection() {
		ProgrammeReport empty = new ProgrammeReport("healthchain-founding", "HealthChain founding regions",
				LocalDate.of(1999, 1, 1), LocalDate.of(1999, 12, 31), Instant.parse("2027-01-01T00:00:00Z"),
				new Needs(0, 0, 0), List.of(), List.of(), List.of(), new Success(0, 0, null), new Timing(0, null, null),
				new Timing(0, null, null), List.of(), List.of());

		assertThat(empty.isEmpty()).isTrue();
		assertThat(ReportTable.sections(empty.table())).filteredOn((s) -> s.rows().size() == 1)
			.extracting((s) -> s.rows().get(0).get(0))
			.contains("None in this period");
	}

	@Test
	void theReportingIntervalIsWholeMonthsFromOneToTwentyFour() {
		assertThat(new ReportingSettings(null).reportEvery()).isEqualTo(Period.ofMonths(6));
		assertThat(new ReportingSettings(Period.ofYears(2)).reportEvery()).isEqualTo(Period.ofYears(2));
		for (Period wrong : List.of(Period.ofDays(10), Period.ofMonths(25), Period.ofMonths(-6), Period.ZERO)) {
			assertThatThrownBy(() -> new ReportingSettings(wrong)).as(wrong.toString())
				.hasMessageContaining("opencall.reporting.report-every");
		}
	}

	private static ProgrammeReport report() {
		return new ProgrammeReport("healthchain-founding", "HealthChain founding regions", LocalDate.of(2027, 1, 1),
				LocalDate.of(2027, 12, 31), Instant.parse("2028-01-02T09:00:00Z"), new Needs(3, 2, 1),
				List.of(new CallFigures("HC-2027-01", "Remote monitoring", 2, 2, 1, new BigDecimal("50.0"))),
				List.of(new Breakdown("Portugal", 1, 1, 1), new Breakdown("Sweden", 1, 1, 0)),
				List.of(new Breakdown("SME", 1, 1, 1), new Breakdown("Start-up", 1, 1, 0)),
				new Success(2, 1, new BigDecimal("50.0")), new Timing(1, new BigDecimal("21"), 21L),
				new Timing(1, new BigDecimal("35"), 35L),
				List.of(new Money("EUR", new BigDecimal("48000"), new BigDecimal("19200"))),
				List.of(new Pilot("GA-S-000001", "HC-2027-01", "Heart at home", "MedSense",
						"Coimbra University Hospital", List.of("N-00001"), "Need solved",
						List.of(new Indicator("Readmissions avoided", "patients", BigDecimal.ZERO, new BigDecimal("20"),
								new BigDecimal("16"))))));
	}

}
