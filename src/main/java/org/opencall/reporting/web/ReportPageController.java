package org.opencall.reporting.web;

import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.opencall.platform.FieldViolation;
import org.opencall.platform.InvalidInputException;
import org.opencall.reporting.CallReportDownloads;
import org.opencall.reporting.CallReportKind;
import org.opencall.reporting.CallReports;
import org.opencall.reporting.ReportPeriod;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The report pages: {@code /reports}, the calls of a programme and period with links to
 * each one's reports, and {@code /reports/calls/HC-2027-01}, a call's reports.
 */
@Controller
class ReportPageController {

	private final CallReports reports;

	private final CallReportDownloads downloads;

	ReportPageController(CallReports reports, CallReportDownloads downloads) {
		this.reports = reports;
		this.downloads = downloads;
	}

	@GetMapping("/reports")
	String index(@RequestParam(required = false) String programme, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Principal user, Model model, HttpServletResponse response) {
		String code = (programme == null || programme.isBlank()) ? null : programme;
		model.addAttribute("programmes", this.reports.programmes(user.getName()));
		model.addAttribute("filter", new Filter(code, from, to));
		model.addAttribute("kinds", CallReportKind.values());
		Map<String, String> errors = new LinkedHashMap<>();
		try {
			ReportPeriod period = ReportPeriod.parse(from, to);
			model.addAttribute("period", period);
			model.addAttribute("calls", this.reports.calls(user.getName(), code, period));
		}
		catch (InvalidInputException ex) {
			for (FieldViolation violation : ex.violations()) {
				errors.putIfAbsent(violation.field(), violation.reason());
			}
			model.addAttribute("calls", List.of());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
		}
		model.addAttribute("errors", errors);
		return "reports/index";
	}

	@GetMapping("/reports/calls/{reference}")
	String call(@PathVariable String reference, Principal user, Model model) {
		model.addAttribute("call", this.reports.call(user.getName(), reference));
		model.addAttribute("figures", this.downloads.figures(user.getName(), reference));
		model.addAttribute("kinds", CallReportKind.values());
		return "reports/call";
	}

	/** The filter as sent, shown again in its fields. */
	record Filter(String programme, String from, String to) {
	}

}
