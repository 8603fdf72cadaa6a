package org.opencall.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencall.platform.PdfDownload;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** A timeline as a download: CSV or PDF, named after its subject. */
@Component
class TimelineExports {

	private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private final TimelinePdf pdf;

	private final Clock clock;

	TimelineExports(TimelinePdf pdf, Clock clock) {
		this.pdf = pdf;
		this.clock = clock;
	}

	ResponseEntity<byte[]> csv(Timeline timeline) {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName(timeline, "csv")).build().toString())
			.body(TimelineCsv.of(timeline));
	}

	ResponseEntity<byte[]> pdf(Timeline timeline) {
		return PdfDownload.of(fileName(timeline, "pdf"), this.pdf.render(timeline, this.clock.instant()));
	}

	private static String fileName(Timeline timeline, String extension) {
		return "audit-trail-" + timeline.subject().reference() + "." + extension;
	}

	/**
	 * What the filter holds as a query string ("?actor=olivia&kind=task"), or "" when
	 * nothing.
	 */
	static String query(TimelineFilter filter) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("actor", filter.actor());
		values.put("kind", filter.kind());
		values.put("from", (filter.from() != null) ? filter.from().toString() : null);
		values.put("to", (filter.to() != null) ? filter.to().toString() : null);
		String query = values.entrySet()
			.stream()
			.filter((e) -> e.getValue() != null && !e.getValue().isBlank())
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue().strip(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return query.isEmpty() ? "" : "?" + query;
	}

}
