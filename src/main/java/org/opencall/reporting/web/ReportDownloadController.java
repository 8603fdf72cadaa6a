package org.opencall.reporting.web;

import java.io.IOException;
import java.security.Principal;

import jakarta.servlet.http.HttpServletResponse;

import org.opencall.reporting.CallReportDownloads;
import org.opencall.reporting.CallReportDownloads.Download;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A call's reports as downloads from its reports page,
 * {@code /reports/calls/HC-2027-01/ranking.pdf} and {@code .csv}: the call and the report
 * are found (or refused with an error page) first, then the report is streamed to the
 * response as it is made.
 */
@Controller
class ReportDownloadController {

	private final CallReportDownloads downloads;

	ReportDownloadController(CallReportDownloads downloads) {
		this.downloads = downloads;
	}

	@GetMapping("/reports/calls/{reference}/{report}.pdf")
	void pdf(@PathVariable String reference, @PathVariable String report, Principal user, HttpServletResponse response)
			throws IOException {
		Download download = this.downloads.find(user.getName(), reference, report);
		ReportResponses.write(response, MediaType.APPLICATION_PDF_VALUE, download.fileName("pdf"), download::pdf);
	}

	@GetMapping("/reports/calls/{reference}/{report}.csv")
	void csv(@PathVariable String reference, @PathVariable String report, Principal user, HttpServletResponse response)
			throws IOException {
		Download download = this.downloads.find(user.getName(), reference, report);
		ReportResponses.write(response, ReportResponses.CSV, download.fileName("csv"), download::csv);
	}

}
