package org.opencall.reporting;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.opencall.calls.CallView;
import org.opencall.platform.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * A call's reports for the pages and the API: which exist, the call's key figures, and
 * each report written as PDF or CSV to a stream. The call and the report are found (or
 * refused) before anything is written.
 */
@Service
public class CallReportDownloads {

	private final CallReports calls;

	private final CallOverviewReport overview;

	private final Map<CallReportKind, CallReport> reports = new EnumMap<>(CallReportKind.class);

	CallReportDownloads(CallReports calls, CallOverviewReport overview, List<CallReport> reports) {
		this.calls = calls;
		this.overview = overview;
		reports.forEach((report) -> this.reports.put(report.kind(), report));
	}

	/** The call and the report of that name, for the user; 404 in words for none. */
	public Download find(String userId, String callReference, String reportName) {
		CallView call = this.calls.call(userId, callReference);
		CallReportKind kind = CallReportKind.ofPath(reportName)
			.orElseThrow(() -> new NotFoundException("No report " + reportName + " of a call; its reports are "
					+ String.join(", ", List.of(CallReportKind.values()).stream().map(CallReportKind::path).toList())));
		return new Download(userId, call, kind);
	}

	/** The call's key figures, as its overview gives them. */
	public CallFigures figures(String userId, String callReference) {
		return this.overview.figures(userId, this.calls.call(userId, callReference));
	}

	/** What one report is of: the reader, the call, the report. */
	public final class Download {

		private final String userId;

		private final CallView call;

		private final CallReportKind kind;

		private Download(String userId, CallView call, CallReportKind kind) {
			this.userId = userId;
			this.call = call;
			this.kind = kind;
		}

		/** {@code HC-2027-01-ranking.pdf} */
		public String fileName(String extension) {
			return this.call.reference() + "-" + this.kind.path() + "." + extension;
		}

		public void pdf(OutputStream out) {
			CallReportDownloads.this.reports.get(this.kind).pdf(this.userId, this.call, out);
		}

		/** The CSV in UTF-8; the stream stays open. */
		public void csv(OutputStream out) {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			CallReportDownloads.this.reports.get(this.kind).csv(this.userId, this.call, writer);
		}

	}

}
