package org.opencall.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The tabular parts of a programme report as CSV (RFC 4180, UTF-8): one line per row of
 * {@link ProgrammeReport#table()}, the section first, then the section's column headings'
 * cells. A cell that a spreadsheet would read as a formula is quoted with a leading
 * apostrophe.
 */
public final class ProgrammeReportCsv {

	static final String HEADER = "section,column 1,column 2,column 3,column 4,column 5,column 6";

	private ProgrammeReportCsv() {
	}

	public static byte[] of(ProgrammeReport report) {
		StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
		String lastSection = null;
		for (ReportTable.Row row : report.table()) {
			if (!row.section().equals(lastSection)) {
				csv.append(line(row.section(), row.headings())).append("\r\n");
				lastSection = row.section();
			}
			csv.append(line(row.section(), row.cells())).append("\r\n");
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static String line(String section, List<String> cells) {
		return Stream.concat(Stream.of(section), cells.stream())
			.map(ProgrammeReportCsv::cell)
			.collect(Collectors.joining(","));
	}

	static String cell(String value) {
		String text = (value != null) ? value : "";
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
			return "\"" + text.replace("\"", "\"\"") + "\"";
		}
		return text;
	}

}
