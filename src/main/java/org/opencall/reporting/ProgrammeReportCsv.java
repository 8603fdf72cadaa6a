package org.opencall.reporting;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.opencall.platform.CsvTable;

/**
 * The tabular parts of a programme report as CSV (RFC 4180, UTF-8): one line per row of
 * {@link ProgrammeReport#table()}, the section first, then the section's column headings'
 * cells, written by {@link CsvTable}.
 */
public final class ProgrammeReportCsv {

	static final String[] HEADER = { "section", "column 1", "column 2", "column 3", "column 4", "column 5",
			"column 6" };

	private ProgrammeReportCsv() {
	}

	public static byte[] of(ProgrammeReport report) {
		StringWriter csv = new StringWriter();
		CsvTable table = new CsvTable(csv, HEADER);
		String lastSection = null;
		for (ReportTable.Row row : report.table()) {
			if (!row.section().equals(lastSection)) {
				table.text(row.section()).texts(row.headings()).end();
				lastSection = row.section();
			}
			table.text(row.section()).texts(row.cells()).end();
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
