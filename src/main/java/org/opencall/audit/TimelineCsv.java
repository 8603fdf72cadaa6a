package org.opencall.audit;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.opencall.platform.CsvTable;

/**
 * A timeline as CSV ({@link CsvTable}: RFC 4180, formulas kept as text): one row per
 * entry, its details one per line in their cell.
 */
final class TimelineCsv {

	static final List<String> HEADER = List.of("id", "at", "actor", "login", "kind", "source", "process", "event",
			"details", "links");

	private TimelineCsv() {
	}

	static byte[] of(Timeline timeline) {
		StringWriter csv = new StringWriter(256 + timeline.entries().size() * 160);
		CsvTable table = new CsvTable(csv, HEADER.toArray(String[]::new));
		for (TimelineEntry entry : timeline.entries()) {
			table.texts(Arrays.asList(entry.id(), entry.at().toString(), entry.actor(), entry.actorId(), entry.kind(),
					entry.source(), (entry.process() != null) ? entry.process().label() : "", entry.event(),
					String.join("\n", entry.details()), String.join(" ", entry.links())))
				.end();
		}
		return csv.toString().getBytes(StandardCharsets.UTF_8);
	}

}
