package org.opencall.reporting;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.opencall.platform.PdfReports;
import org.opencall.platform.ReportRows;

import org.springframework.stereotype.Component;

/**
 * A programme report as a PDF, from {@code reports/programme-report.jrxml}: the rows of
 * {@link ProgrammeReport#table()}, section by section, under the report's title, period
 * and who approved it.
 */
@Component
public class ProgrammeReportPdf {

	static final String TEMPLATE = "programme-report";

	static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

	private final PdfReports reports;

	ProgrammeReportPdf(PdfReports reports) {
		this.reports = reports;
	}

	/**
	 * The report's PDF under this title ("Programme report", "Final report of call …"),
	 * naming the officer who approved it, if any.
	 */
	public byte[] render(ProgrammeReport report, String title, String reviewedBy) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("programmeName", report.programmeName());
		parameters.put("programmeCode", report.programmeCode());
		parameters.put("period", period(report));
		parameters.put("reportTitle", title);
		parameters.put("preparedAt", MOMENT.format(report.preparedAt().atZone(ZoneOffset.UTC)) + " (UTC)");
		parameters.put("reviewedBy", reviewedBy);
		parameters.put("emptyNote", report.isEmpty() ? "Nothing to report in this period: no need was stated, no"
				+ " proposal submitted, no decision taken, no grant signed, no payment released and no pilot ran."
				: null);
		ReportRows<ReportTable.Row> rows = ReportRows.of(report.table().iterator());
		rows.column("section", ReportTable.Row::section);
		for (int i = 0; i < ReportTable.CELLS; i++) {
			int index = i;
			rows.column("h" + (i + 1), (row) -> row.heading(index));
			rows.column("c" + (i + 1), (row) -> row.cell(index));
		}
		return this.reports.render(TEMPLATE, parameters, rows);
	}

	/** "1 January 2027 to 30 June 2027". */
	static String period(ProgrammeReport report) {
		return DATE.format(report.from()) + " to " + DATE.format(report.to());
	}

}
