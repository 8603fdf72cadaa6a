package org.opencall.reporting.web;

import java.io.IOException;
import java.security.Principal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.opencall.calls.CallView;
import org.opencall.reporting.CallFigures;
import org.opencall.reporting.CallReportDownloads;
import org.opencall.reporting.CallReportDownloads.Download;
import org.opencall.reporting.CallReportKind;
import org.opencall.reporting.CallReports;
import org.opencall.reporting.ReportPeriod;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The call reports' JSON API: {@code GET /api/reports/calls?programme=&from=&to=} the
 * calls of a programme open in a period, {@code GET /api/reports/calls/HC-2027-01} the
 * reports a call has and its key figures, and the reports themselves
 * ({@code …/ranking.pdf}, {@code …/ranking.csv}). Refusals are RFC 9457 problem details
 * naming the field.
 */
@RestController
@RequestMapping("/api/reports/calls")
class CallReportApiController {

	private final CallReports calls;

	private final CallReportDownloads downloads;

	CallReportApiController(CallReports calls, CallReportDownloads downloads) {
		this.calls = calls;
		this.downloads = downloads;
	}

	@GetMapping
	List<CallEntry> calls(@RequestParam(required = false) String programme, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Principal user) {
		ReportPeriod period = ReportPeriod.parse(from, to);
		String code = (programme == null || programme.isBlank()) ? null : programme;
		return this.calls.calls(user.getName(), code, period)
			.stream()
			.map((call) -> new CallEntry(call.reference(), call.title(), call.programmeCode(), call.status().name(),
					call.opensAt(), call.deadline(), "/api/reports/calls/" + call.reference()))
			.toList();
	}

	@GetMapping("/{reference}")
	CallReportsAnswer call(@PathVariable String reference, Principal user) {
		CallView call = this.calls.call(user.getName(), reference);
		List<Report> reports = Arrays.stream(CallReportKind.values())
			.map((kind) -> new Report(kind.path(), kind.title(), kind.description(),
					"/api/reports/calls/" + call.reference() + "/" + kind.path() + ".pdf",
					"/api/reports/calls/" + call.reference() + "/" + kind.path() + ".csv"))
			.toList();
		return new CallReportsAnswer(call.reference(), call.title(), call.programmeCode(), call.programmeName(),
				call.status().name(), call.timeZone(), reports, this.downloads.figures(user.getName(), reference));
	}

	@GetMapping("/{reference}/{report}.pdf")
	void pdf(@PathVariable String reference, @PathVariable String report, Principal user, HttpServletResponse response)
			throws IOException {
		Download download = this.downloads.find(user.getName(), reference, report);
		ReportResponses.write(response, MediaType.APPLICATION_PDF_VALUE, download.fileName("pdf"), download::pdf);
	}

	@GetMapping("/{reference}/{report}.csv")
	void csv(@PathVariable String reference, @PathVariable String report, Principal user, HttpServletResponse response)
			throws IOException {
		Download download = this.downloads.find(user.getName(), reference, report);
		ReportResponses.write(response, ReportResponses.CSV, download.fileName("csv"), download::csv);
	}

	record CallEntry(String reference, String title, String programme, String status, Instant opensAt, Instant deadline,
			String reports) {
	}

	record Report(String name, String title, String description, String pdf, String csv) {
	}

	record CallReportsAnswer(String reference, String title, String programme, String programmeName, String status,
			String timeZone, List<Report> reports, CallFigures figures) {
	}

}
