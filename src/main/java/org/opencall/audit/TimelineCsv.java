package org.opencall.audit;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A timeline as CSV (RFC 4180): one row per entry, its details one per line in their
 * cell. A cell holding a comma, a quote or a line break is quoted, its quotes doubled; a
 * cell a spreadsheet would take for a formula (starting with =, +, -, @, a tab or a
 * carriage return) starts with an apostrophe instead, so that opening the file runs
 * nothing.
 */
final class TimelineCsv {

	static final List<String> HEADER = List.of("id", "at", "actor", "login", "kind", "source", "process", "event",
			"details", "links");

	private TimelineCsv() {
	}

	static byte[] of(Timeline timeline) {
		StringBuilder csv = new StringBuilder(256 + timeline.entries().size() * 160);
		row(csv, HEADER);
		for (TimelineEntry entry : timeline.entries()) {
			row(csv, List.of(entry.id(), entry.at().toString(), entry.actor(), nullToEmpty(entry.actorId()),
					entry.kind(), entry.source(), (entry.process() != null) ? entry.process().label() : "",
					entry.event(), String.join("\n", entry.details()), String.join(" ", entry.links())));
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

	private static void row(StringBuilder csv, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			csv.append(cell(cells.get(i)));
		}
		csv.append("\r\n");
	}

	static String cell(String value) {
		String text = nullToEmpty(value);
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
			return '"' + text.replace("\"", "\"\"") + '"';
		}
		return text;
	}

	private static String nullToEmpty(String value) {
		return (value != null) ? value : "";
	}

}
