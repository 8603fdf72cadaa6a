package org.opencall.reporting;

import java.util.List;

import org.opencall.identity.Programme;

import org.springframework.stereotype.Service;

/**
 * A programme's report over a period, read on the spot (live figures) by the programme's
 * officers and auditors: an unknown programme is answered 404 in words, a period that
 * ends before it starts is refused naming {@code to}, and a period without data answers a
 * valid, empty report.
 */
@Service
public class ProgrammeReports {

	private final ProgrammeFigures figures;

	private final ProgrammeReportAccess access;

	private final ProgrammeReportPdf pdf;

	ProgrammeReports(ProgrammeFigures figures, ProgrammeReportAccess access, ProgrammeReportPdf pdf) {
		this.figures = figures;
		this.access = access;
		this.pdf = pdf;
	}

	public ProgrammeReport report(String user, String programmeCode, ReportPeriod period) {
		Programme programme = this.figures.programme(programmeCode);
		this.access.requireReader(user, programme.code());
		return this.figures.of(programme.code(), period);
	}

	public byte[] pdf(String user, String programmeCode, ReportPeriod period) {
		return this.pdf.render(report(user, programmeCode, period), "Programme report", null);
	}

	public byte[] csv(String user, String programmeCode, ReportPeriod period) {
		return ProgrammeReportCsv.of(report(user, programmeCode, period));
	}

	/** The programmes whose reports the user reads. */
	public List<Programme> programmes(String user) {
		return this.access.readable(user);
	}

	/** "programme-report-healthchain-founding-2027-01-01-to-2027-06-30". */
	public static String fileName(ProgrammeReport report) {
		return "programme-report-" + report.programmeCode() + "-" + report.from() + "-to-" + report.to();
	}

}
