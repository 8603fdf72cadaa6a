package org.opencall.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.opencall.platform.PageFormat;

/**
 * The programme report's figures as rows of up to six cells, section by section, each
 * section with its column headings: the PDF prints them as tables and the CSV writes the
 * same rows, so that both say one thing. A section with nothing in the period says so in
 * one row.
 */
public final class ReportTable {

	public static final String NEEDS = "Needs";

	public static final String PER_CALL = "Submissions per call";

	public static final String PER_COUNTRY = "Submissions per country";

	public static final String PER_TYPE = "Submissions per organisation type";

	public static final String SUCCESS_AND_TIMING = "Success rate and time to decision and signature";

	public static final String MONEY = "Money committed and paid";

	public static final String PILOTS = "Pilots and their outcomes";

	public static final String INDICATORS = "Pilot indicators against the needs";

	static final String NONE = "None in this period";

	static final int CELLS = 6;

	private ReportTable() {
	}

	/** One row: its section, the section's headings and its cells (blank when unused). */
	public record Row(String section, List<String> headings, List<String> cells) {

		public Row {
			headings = padded(headings);
			cells = padded(cells);
		}

		public String heading(int index) {
			return this.headings.get(index);
		}

		public String cell(int index) {
			return this.cells.get(index);
		}

		private static List<String> padded(List<String> values) {
			List<String> padded = new ArrayList<>(values);
			while (padded.size() < CELLS) {
				padded.add("");
			}
			return List.copyOf(padded.stream().map((v) -> (v != null) ? v : "").toList());
		}

	}

	/** A section with its headings and rows, the unused columns left out: for pages. */
	public record Section(String title, List<String> headings, List<List<String>> rows) {
	}

	/** The rows grouped by section, in order, each with only the columns it uses. */
	public static List<Section> sections(List<Row> rows) {
		java.util.Map<String, List<Row>> grouped = new java.util.LinkedHashMap<>();
		rows.forEach((row) -> grouped.computeIfAbsent(row.section(), (s) -> new ArrayList<>()).add(row));
		List<Section> sections = new ArrayList<>();
		grouped.forEach((title, sectionRows) -> {
			int used = (int) sectionRows.get(0).headings().stream().filter((h) -> !h.isEmpty()).count();
			sections.add(new Section(title, sectionRows.get(0).headings().subList(0, used),
					sectionRows.stream().map((r) -> r.cells().subList(0, used)).toList()));
		});
		return List.copyOf(sections);
	}

	static List<Row> of(ProgrammeReport report) {
		List<Row> rows = new ArrayList<>();
		List<String> figure = List.of("Figure", "Value");
		rows.add(row(NEEDS, figure, "Needs received", count(report.needs().received())));
		rows.add(row(NEEDS, figure, "Needs validated", count(report.needs().validated())));
		rows.add(row(NEEDS, figure, "Needs turned into challenges", count(report.needs().turnedIntoChallenges())));

		List<String> perCall = List.of("Call", "Title", "Submitted", "Eligible", "Selected", "Success rate");
		report.calls()
			.forEach((c) -> rows.add(row(PER_CALL, perCall, c.reference(), c.title(), count(c.submitted()),
					count(c.eligible()), count(c.selected()), percent(c.successRate()))));
		noneIfEmpty(rows, PER_CALL, perCall);

		List<String> perCountry = List.of("Country", "Submitted", "Eligible", "Selected");
		report.countries()
			.forEach((b) -> rows.add(row(PER_COUNTRY, perCountry, b.name(), count(b.submitted()), count(b.eligible()),
					count(b.selected()))));
		noneIfEmpty(rows, PER_COUNTRY, perCountry);

		List<String> perType = List.of("Organisation type", "Submitted", "Eligible", "Selected");
		report.organisationTypes()
			.forEach((b) -> rows
				.add(row(PER_TYPE, perType, b.name(), count(b.submitted()), count(b.eligible()), count(b.selected()))));
		noneIfEmpty(rows, PER_TYPE, perType);

		List<String> timing = List.of("Figure", "Value", "Counted over");
		rows.add(row(SUCCESS_AND_TIMING, timing, "Success rate (selected / eligible submitted)",
				percent(report.success().rate()),
				report.success().selected() + " of " + report.success().eligible() + " eligible"));
		rows.add(row(SUCCESS_AND_TIMING, timing, "Days from deadline to decision, median",
				median(report.deadlineToDecision().medianDays()), decisions(report.deadlineToDecision().count())));
		rows.add(row(SUCCESS_AND_TIMING, timing, "Days from deadline to decision, longest",
				days(report.deadlineToDecision().maxDays()), decisions(report.deadlineToDecision().count())));
		rows.add(row(SUCCESS_AND_TIMING, timing, "Days from deadline to signature, median",
				median(report.deadlineToSignature().medianDays()), signatures(report.deadlineToSignature().count())));
		rows.add(row(SUCCESS_AND_TIMING, timing, "Days from deadline to signature, longest",
				days(report.deadlineToSignature().maxDays()), signatures(report.deadlineToSignature().count())));

		List<String> money = List.of("Currency", "Committed (signed grants)", "Paid (released payments)");
		report.money()
			.forEach((m) -> rows.add(row(MONEY, money, m.currency(), PageFormat.moneyOf(m.committed(), m.currency()),
					PageFormat.moneyOf(m.paid(), m.currency()))));
		noneIfEmpty(rows, MONEY, money);

		List<String> pilots = List.of("Grant", "Pilot", "Company", "Host", "Needs answered", "Outcome");
		report.pilots()
			.forEach((p) -> rows.add(row(PILOTS, pilots, p.grantReference(), p.title(), p.company(),
					p.hostOrganisation(), p.needs().isEmpty() ? "none" : String.join(", ", p.needs()),
					(p.outcome() != null) ? p.outcome() : "Running")));
		noneIfEmpty(rows, PILOTS, pilots);

		List<String> indicators = List.of("Grant", "Indicator", "Unit", "Baseline", "Target", "Final");
		report.pilots()
			.forEach((p) -> p.indicators()
				.forEach((i) -> rows.add(row(INDICATORS, indicators, p.grantReference(), i.name(), i.unit(),
						number(i.baseline()), number(i.target()), number(i.finalValue())))));
		noneIfEmpty(rows, INDICATORS, indicators);
		return List.copyOf(rows);
	}

	private static void noneIfEmpty(List<Row> rows, String section, List<String> headings) {
		if (rows.stream().noneMatch((r) -> r.section().equals(section))) {
			rows.add(row(section, headings, NONE));
		}
	}

	private static Row row(String section, List<String> headings, String... cells) {
		return new Row(section, headings, Arrays.asList(cells));
	}

	private static String decisions(int count) {
		return (count == 1) ? "1 decision" : count + " decisions";
	}

	private static String signatures(int count) {
		return (count == 1) ? "1 signed grant" : count + " signed grants";
	}

	static String count(int value) {
		return String.valueOf(value);
	}

	/** "50 %", "33.3 %"; "none" without a rate. */
	static String percent(BigDecimal rate) {
		return (rate != null) ? number(rate) + " %" : "none";
	}

	static String median(BigDecimal days) {
		return (days != null) ? number(days) : "none";
	}

	static String days(Long days) {
		return (days != null) ? String.valueOf(days) : "none";
	}

	/** "40", "12.5", "1,250": as people write numbers, to two places at most. */
	static String number(BigDecimal value) {
		if (value == null) {
			return "";
		}
		BigDecimal shown = value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.UK)).format(shown);
	}

}
