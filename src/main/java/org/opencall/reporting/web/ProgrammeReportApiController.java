package org.opencall.reporting.web;

import java.security.Principal;

import org.opencall.reporting.FunderReportView;
import org.opencall.reporting.FunderReporting;
import org.opencall.reporting.ProgrammeReport;
import org.opencall.reporting.ProgrammeReports;
import org.opencall.reporting.ReportPeriod;
import org.opencall.platform.PdfDownload;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The programme report through the JSON API, for the funder's systems: its figures over a
 * period ({@code ?programme=&from=&to=}), as JSON, PDF or CSV; a call's reports to the
 * funder, each as prepared, and an officer's review of one.
 */
@RestController
class ProgrammeReportApiController {

	private final ProgrammeReports reports;

	private final FunderReporting reporting;

	ProgrammeReportApiController(ProgrammeReports reports, FunderReporting reporting) {
		this.reports = reports;
		this.reporting = reporting;
	}

	@GetMapping("/api/reports/programme")
	ProgrammeReport report(@RequestParam(required = false) String programme,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal user) {
		return this.reports.report(user.getName(), programme, ReportPeriod.parse(from, to));
	}

	@GetMapping("/api/reports/programme.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) String programme,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal user) {
		ReportPeriod period = ReportPeriod.parse(from, to);
		ProgrammeReport report = this.reports.report(user.getName(), programme, period);
		return PdfDownload.of(ProgrammeReports.fileName(report) + ".pdf",
				this.reports.pdf(user.getName(), programme, period));
	}

	@GetMapping("/api/reports/programme.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String programme,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal user) {
		ReportPeriod period = ReportPeriod.parse(from, to);
		ProgrammeReport report = this.reports.report(user.getName(), programme, period);
		return csvDownload(ProgrammeReports.fileName(report) + ".csv",
				this.reports.csv(user.getName(), programme, period));
	}

	@GetMapping("/api/reports/programme/{call}/{number}")
	FunderReportView stored(@PathVariable String call, @PathVariable int number, Principal user) {
		return this.reporting.stored(user.getName(), call, number);
	}

	@PostMapping("/api/reports/programme/{call}/{number}/review")
	FunderReportView review(@PathVariable String call, @PathVariable int number, @RequestBody ReviewRequest request,
			Principal user) {
		this.reporting.review(user.getName(), call, number, request.decision(), request.comment());
		return this.reporting.stored(user.getName(), call, number);
	}

	@PostMapping("/api/reports/programme/{call}/{number}/correction")
	FunderReportView correct(@PathVariable String call, @PathVariable int number,
			@RequestBody CorrectionRequest request, Principal user) {
		this.reporting.correct(user.getName(), call, number, request.correction());
		return this.reporting.stored(user.getName(), call, number);
	}

	static ResponseEntity<byte[]> csvDownload(String fileName, byte[] csv) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(csv);
	}

	record ReviewRequest(String decision, String comment) {
	}

	record CorrectionRequest(String correction) {
	}

}
