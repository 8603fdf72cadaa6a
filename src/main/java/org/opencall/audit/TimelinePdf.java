package org.opencall.audit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.opencall.platform.PdfReports;
import org.opencall.platform.ReportRows;

import org.springframework.stereotype.Component;

/**
 * A timeline as the PDF audit trail of {@code reports/audit-trail.jrxml}: the same
 * entries as the page and the CSV, in the same order, with the filter that chose them.
 */
@Component
class TimelinePdf {

	static final String TEMPLATE = "audit-trail";

	static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
		.withZone(ZoneOffset.UTC);

	private final PdfReports reports;

	TimelinePdf(PdfReports reports) {
		this.reports = reports;
	}

	byte[] render(Timeline timeline, Instant now) {
		Map<String, Object> values = new HashMap<>();
		ReadableSubject subject = timeline.subject();
		values.put("heading", "History of " + subject.subject().noun().toLowerCase() + " " + subject.reference());
		values.put("subjectTitle", subject.title());
		values.put("generatedAt", WHEN.format(now));
		values.put("filter", described(timeline.filter()));
		values.put("counts", timeline.entries().size() + " of " + timeline.total() + " entries");
		return this.reports.render(TEMPLATE, values, ReportRows.<TimelineEntry>of(timeline.entries().iterator())
			.column("id", TimelineEntry::id)
			.column("at", (entry) -> WHEN.format(entry.at()))
			.column("actor", TimelineEntry::actor)
			.column("kind", (entry) -> entry.kind() + (entry.isRecord() ? " (record)" : ""))
			.column("process", (entry) -> (entry.process() != null) ? entry.process().label() : "")
			.column("event", TimelineEntry::event)
			.column("details", (entry) -> String.join("\n", entry.details()))
			.column("links",
					(entry) -> entry.links().isEmpty() ? null : "Same action as " + String.join(", ", entry.links())));
	}

	static String described(TimelineFilter filter) {
		if (filter.isEmpty()) {
			return "Every entry";
		}
		StringBuilder text = new StringBuilder("Only");
		if (filter.actor() != null) {
			text.append(" by ").append(filter.actor()).append(',');
		}
		if (filter.kind() != null) {
			text.append(" of kind ").append(filter.kind()).append(',');
		}
		if (filter.from() != null) {
			text.append(" from ").append(filter.from()).append(',');
		}
		if (filter.to() != null) {
			text.append(" to ").append(filter.to()).append(" (included),");
		}
		return text.substring(0, text.length() - 1);
	}

}
