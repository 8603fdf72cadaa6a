package org.opencall.reporting.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.FormErrors;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.PdfDownload;
import org.opencall.platform.StateConflictException;
import org.opencall.reporting.FunderReporting;
import org.opencall.reporting.FunderReportView;
import org.opencall.reporting.ProgrammeReport;
import org.opencall.reporting.ProgrammeReports;
import org.opencall.reporting.ReportPeriod;
import org.opencall.reporting.ReportTable;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The programme report's pages: {@code /reports/programme}, a programme's figures over a
 * period with their PDF and CSV and the call reports to the funder; and
 * {@code /reports/programme/HC-2027-01/1}, one report to the funder as prepared, with its
 * review or correction for the programme's officers.
 */
@Controller
class ProgrammeReportPageController {

	private final ProgrammeReports reports;

	private final FunderReporting reporting;

	ProgrammeReportPageController(ProgrammeReports reports, FunderReporting reporting) {
		this.reports = reports;
		this.reporting = reporting;
	}

	@GetMapping("/reports/programme")
	String page(@RequestParam(required = false) String programme, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Principal user, Model model, HttpServletResponse response) {
		model.addAttribute("programmes", this.reports.programmes(user.getName()));
		model.addAttribute("filter", new Filter(programme, from, to));
		model.addAttribute("funderReports", this.reporting.readableReports(user.getName()));
		Map<String, String> errors = new LinkedHashMap<>();
		if (programme != null && !programme.isBlank()) {
			try {
				ProgrammeReport report = this.reports.report(user.getName(), programme, ReportPeriod.parse(from, to));
				model.addAttribute("report", report);
				model.addAttribute("sections", ReportTable.sections(report.table()));
			}
			catch (InvalidInputException ex) {
				for (FieldViolation violation : ex.violations()) {
					errors.putIfAbsent(violation.field(), violation.reason());
				}
				response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			}
		}
		model.addAttribute("errors", errors);
		return "reports/programme";
	}

	@GetMapping("/reports/programme.pdf")
	ResponseEntity<byte[]> pdf(@RequestParam(required = false) String programme,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal user) {
		ReportPeriod period = ReportPeriod.parse(from, to);
		ProgrammeReport report = this.reports.report(user.getName(), programme, period);
		return PdfDownload.of(ProgrammeReports.fileName(report) + ".pdf",
				this.reports.pdf(user.getName(), programme, period));
	}

	@GetMapping("/reports/programme.csv")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String programme,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Principal user) {
		ReportPeriod period = ReportPeriod.parse(from, to);
		ProgrammeReport report = this.reports.report(user.getName(), programme, period);
		return ProgrammeReportApiController.csvDownload(ProgrammeReports.fileName(report) + ".csv",
				this.reports.csv(user.getName(), programme, period));
	}

	@GetMapping("/reports/programme/{call}/{number}")
	String stored(@PathVariable String call, @PathVariable int number, Principal user, Model model) {
		FunderReportView stored = this.reporting.stored(user.getName(), call, number);
		model.addAttribute("report", stored);
		model.addAttribute("sections", ReportTable.sections(stored.figures().table()));
		model.addAttribute("mayReview", this.reporting.mayReview(user.getName(), stored.programmeCode()));
		return "reports/funder-report";
	}

	@GetMapping("/reports/programme/{call}/{number}.pdf")
	ResponseEntity<byte[]> storedPdf(@PathVariable String call, @PathVariable int number, Principal user) {
		return PdfDownload.of("programme-report-" + call + "-" + number + ".pdf",
				this.reporting.storedPdf(user.getName(), call, number));
	}

	@PostMapping("/reports/programme/{call}/{number}/review")
	String review(@PathVariable String call, @PathVariable int number, @RequestParam(required = false) String decision,
			@RequestParam(required = false) String comment, Principal user, Model model, RedirectAttributes redirect) {
		try {
			this.reporting.review(user.getName(), call, number, decision, comment);
			redirect.addFlashAttribute("message",
					"approve".equals(decision) ? "The report is approved: it is mailed to the funder with its PDF."
							: "The report is sent back for correction.");
			return "redirect:/reports/programme/" + call + "/" + number;
		}
		catch (InvalidInputException | StateConflictException refusal) {
			model.addAttribute("reviewComment", comment);
			return refused(call, number, user, model, refusal);
		}
	}

	@PostMapping("/reports/programme/{call}/{number}/correction")
	String correct(@PathVariable String call, @PathVariable int number,
			@RequestParam(required = false) String correction, Principal user, Model model,
			RedirectAttributes redirect) {
		try {
			this.reporting.correct(user.getName(), call, number, correction);
			redirect.addFlashAttribute("message", "The figures are prepared again: the report is back in review.");
			return "redirect:/reports/programme/" + call + "/" + number;
		}
		catch (InvalidInputException | StateConflictException refusal) {
			model.addAttribute("correction", correction);
			return refused(call, number, user, model, refusal);
		}
	}

	private String refused(String call, int number, Principal user, Model model, RuntimeException refusal) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (refusal instanceof InvalidInputException invalid) {
			invalid.violations().forEach((v) -> errors.putIfAbsent(v.field(), v.reason()));
		}
		model.addAttribute("errors", errors);
		FormErrors.show(refusal, model);
		return stored(call, number, user, model);
	}

	/** The filter as sent, shown again in its fields. */
	record Filter(String programme, String from, String to) {
	}

}
