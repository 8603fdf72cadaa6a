package org.opencall.reporting;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A programme's report to its funder over a period (its first and last day, UTC): the
 * needs received, validated and turned into challenges; the proposals submitted to its
 * calls, per call, country and organisation type; the success rate (selected / eligible
 * submitted); the days from a call's deadline to its decision and to each signature
 * (median and longest); the money committed by signed grants and paid by released
 * payments; and the pilots with their outcomes and indicators against the needs they
 * answer. The JSON API answers it as it is; the PDF and CSV show its {@link #table()}.
 */
public record ProgrammeReport(String programmeCode, String programmeName, LocalDate from, LocalDate to,
		Instant preparedAt, Needs needs, List<CallFigures> calls, List<Breakdown> countries,
		List<Breakdown> organisationTypes, Success success, Timing deadlineToDecision, Timing deadlineToSignature,
		List<Money> money, List<Pilot> pilots) {

	public ProgrammeReport {
		calls = List.copyOf(calls);
		countries = List.copyOf(countries);
		organisationTypes = List.copyOf(organisationTypes);
		money = List.copyOf(money);
		pilots = List.copyOf(pilots);
	}

	/** Whether the period holds nothing to report: a valid, empty report. */
	public boolean isEmpty() {
		return this.needs.received() == 0 && this.calls.stream().allMatch((c) -> c.submitted() == 0)
				&& this.deadlineToDecision.count() == 0 && this.deadlineToSignature.count() == 0 && this.money.isEmpty()
				&& this.pilots.isEmpty();
	}

	/** The report's figures as the rows of its PDF and CSV, section by section. */
	public List<ReportTable.Row> table() {
		return ReportTable.of(this);
	}

	/**
	 * Needs stated in the period, validated by the triage, and in the programme's
	 * challenges.
	 */
	public record Needs(int received, int validated, int turnedIntoChallenges) {
	}

	/**
	 * A call's proposals first submitted in the period: submitted (withdrawn ones
	 * included), found eligible, and selected by its funding decision.
	 */
	public record CallFigures(String reference, String title, int submitted, int eligible, int selected,
			BigDecimal successRate) {
	}

	/** Proposals of the period by one country or organisation type. */
	public record Breakdown(String name, int submitted, int eligible, int selected) {
	}

	/** Selected / eligible submitted, in per cent (none without an eligible proposal). */
	public record Success(int eligible, int selected, BigDecimal rate) {
	}

	/** Days counted over a number of events: median and longest, none without events. */
	public record Timing(int count, BigDecimal medianDays, Long maxDays) {
	}

	/**
	 * Committed by the grants signed in the period, paid by the payments released in it.
	 */
	public record Money(String currency, BigDecimal committed, BigDecimal paid) {
	}

	/** A pilot running in the period, its outcome once closed and its indicators. */
	public record Pilot(String grantReference, String callReference, String title, String company,
			String hostOrganisation, List<String> needs, String outcome, List<Indicator> indicators) {

		public Pilot {
			needs = List.copyOf(needs);
			indicators = List.copyOf(indicators);
		}

	}

	/** An indicator of a pilot: its final value once the pilot is closed. */
	public record Indicator(String name, String unit, BigDecimal baseline, BigDecimal target, BigDecimal finalValue) {
	}

}
