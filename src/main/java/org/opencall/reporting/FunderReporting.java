package org.opencall.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.opencall.identity.Directory;
import org.opencall.identity.Programme;
import org.opencall.platform.ActionForbiddenException;
import org.opencall.platform.InvalidInputException;
import org.opencall.platform.NotFoundException;
import org.opencall.reporting.ReportingSchedules.Schedule;
import org.opencall.reporting.domain.FunderReport;
import org.opencall.reporting.domain.FunderReport.Kind;
import org.opencall.reporting.domain.FunderReport.Status;
import org.opencall.reporting.process.ReportingEngine;
import org.opencall.reporting.process.ReportingProcess;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's reporting to its programme's funder: its schedule begins when the call is
 * published; each report is prepared with its figures frozen, reviewed by an officer of
 * the programme (approved, or sent back and corrected) and mailed to the funder with its
 * PDF. Officers review here or in Tasklist; both reach the same rules.
 */
@Service
@Transactional
public class FunderReporting {

	private final ReportingSchedules schedules;

	private final FunderReportStore reports;

	private final ProgrammeFigures figures;

	private final ProgrammeReportPdf pdf;

	private final ProgrammeReportAccess access;

	private final Directory directory;

	private final ReportingEngine engine;

	private final ReportingMails mails;

	private final ReportingSettings settings;

	private final ObjectMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	FunderReporting(ReportingSchedules schedules, FunderReportStore reports, ProgrammeFigures figures,
			ProgrammeReportPdf pdf, ProgrammeReportAccess access, Directory directory, ReportingEngine engine,
			ReportingMails mails, ReportingSettings settings, ObjectMapper json, ApplicationEventPublisher events,
			Clock clock) {
		this.schedules = schedules;
		this.reports = reports;
		this.figures = figures;
		this.pdf = pdf;
		this.access = access;
		this.directory = directory;
		this.engine = engine;
		this.mails = mails;
		this.settings = settings;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * The call was published: its schedule is fixed and its reporting starts, once. The
	 * interval is the call's own, or the installation's when the call names none.
	 */
	void begin(String callReference, String programmeCode, Integer reportEveryMonths) {
		Period every = (reportEveryMonths != null) ? Period.ofMonths(reportEveryMonths) : this.settings.reportEvery();
		this.schedules.begin(callReference, programmeCode, every, this.clock.instant());
		this.engine.start(callReference, Programme.groupIdOf(programmeCode));
	}

	/**
	 * The call's schedule as the periodic timer's cycle: from its start, every interval.
	 */
	String cycle(String callReference) {
		Schedule schedule = schedule(callReference);
		return "R/" + DateTimeFormatter.ISO_INSTANT.format(schedule.startedAt()) + "/" + schedule.every();
	}

	int prepare(String callReference, Kind kind) {
		Schedule schedule = schedule(callReference);
		int number = this.reports.nextNumber(callReference);
		Instant now = this.clock.instant();
		Instant from = (kind == Kind.FINAL) ? schedule.startedAt()
				: this.reports.ofCall(callReference)
					.stream()
					.filter((r) -> r.kind() == Kind.PERIODIC)
					.map(FunderReport::periodUntil)
					.max(Instant::compareTo)
					.orElse(schedule.startedAt());
		Instant until = periodEnd(kind, from, now);
		FunderReport report = FunderReport.prepare(callReference, number, kind, schedule.programmeCode(), from, until,
				freeze(schedule.programmeCode(), from, until), now);
		this.reports.insert(report);
		this.events.publishEvent(report.prepared());
		return number;
	}

	/**
	 * Where a report's period ends: a periodic one at the start of today (UTC), so that
	 * the next one starts with today; the final one at the end of today, so that the day
	 * the last grant closed counts. Never before the end of the period's first day.
	 */
	static Instant periodEnd(Kind kind, Instant from, Instant now) {
		Instant today = now.atZone(ZoneOffset.UTC).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
		Instant end = (kind == Kind.FINAL) ? today.plus(java.time.Duration.ofDays(1)) : today;
		Instant firstDayEnd = from.atZone(ZoneOffset.UTC)
			.toLocalDate()
			.plusDays(1)
			.atStartOfDay(ZoneOffset.UTC)
			.toInstant();
		return end.isBefore(firstDayEnd) ? firstDayEnd : end;
	}

	/**
	 * Records an officer's review; refused to anybody who is not a programme officer of
	 * the call's programme, and without a reason to send back.
	 */
	void recordReview(String callReference, int number, String officer, String decision, String comment) {
		FunderReport report = report(callReference, number);
		requireOfficer(report, officer);
		Object event;
		if (ReportingProcess.DECISION_APPROVE.equals(decision)) {
			event = report.approve(officer, comment, this.clock.instant());
		}
		else if (ReportingProcess.DECISION_SEND_BACK.equals(decision)) {
			event = report.sendBack(officer, comment, this.clock.instant());
		}
		else {
			throw InvalidInputException.of("decision", "must be approve or sendBack");
		}
		this.reports.update(report);
		this.events.publishEvent(event);
	}

	/** Records a correction: the figures prepared again, the report back in review. */
	void recordCorrection(String callReference, int number, String officer, String note) {
		FunderReport report = report(callReference, number);
		requireOfficer(report, officer);
		Instant until = report.periodUntil();
		Object event = report.correct(officer, note, freeze(report.programmeCode(), report.periodFrom(), until),
				this.clock.instant());
		this.reports.update(report);
		this.events.publishEvent(event);
	}

	/** Mails the approved report with its PDF to the programme's funder. */
	void mail(String callReference, int number) {
		FunderReport report = report(callReference, number);
		String address = this.directory.funderEmail(report.programmeCode())
			.orElseThrow(() -> new IllegalStateException(
					"Programme " + report.programmeCode() + " has no funder's address: set it, then retry this job"));
		byte[] document = this.pdf.render(figures(report), report.title(), person(report.reviewedBy()));
		this.mails.toFunder(report, address, document);
		Object event = report.mail(address, this.clock.instant());
		this.reports.update(report);
		this.events.publishEvent(event);
	}

	/** An officer reviews in Opencall: the review task is completed as them. */
	public void review(String officer, String callReference, int number, String decision, String comment) {
		FunderReport report = readable(officer, callReference, number);
		requireOfficer(report, officer);
		this.engine.completeReview(callReference, number, officer, decision, comment);
	}

	/** An officer corrects in Opencall: the correction task is completed as them. */
	public void correct(String officer, String callReference, int number, String note) {
		FunderReport report = readable(officer, callReference, number);
		requireOfficer(report, officer);
		this.engine.completeCorrection(callReference, number, officer, note);
	}

	boolean isApproved(String callReference, int number) {
		return report(callReference, number).status() == Status.APPROVED;
	}

	String officersGroup(String callReference) {
		return Programme.groupIdOf(schedule(callReference).programmeCode());
	}

	/** The form's context: the report, its period and its frozen figures in words. */
	@Transactional(readOnly = true)
	Map<String, Object> taskContext(String callReference, int number) {
		FunderReport report = report(callReference, number);
		ProgrammeReport figures = figures(report);
		return Map.of(ReportingProcess.VAR_CALL_REFERENCE, callReference, "reportTitle", report.title(),
				"programmeName", figures.programmeName(), "reportPeriod", ProgrammeReportPdf.period(figures),
				"reportFigures", inWords(figures), "sentBackComment",
				(report.status() == Status.SENT_BACK && report.reviewComment() != null) ? report.reviewComment() : "",
				"correctionNote", (report.correctionNote() != null) ? report.correctionNote() : "");
	}

	/**
	 * A stored report, for its programme's officers and auditors; 404 for anybody else.
	 */
	@Transactional(readOnly = true)
	public FunderReportView stored(String user, String callReference, int number) {
		FunderReport report = readable(user, callReference, number);
		return FunderReportView.of(report, figures(report));
	}

	/** The stored report's PDF, as the funder got (or will get) it. */
	@Transactional(readOnly = true)
	public byte[] storedPdf(String user, String callReference, int number) {
		FunderReport report = readable(user, callReference, number);
		return this.pdf.render(figures(report), report.title(), person(report.reviewedBy()));
	}

	/** The reports of the programmes the user reads, the latest first. */
	@Transactional(readOnly = true)
	public List<FunderReportView> readableReports(String user) {
		return this.reports.ofProgrammes(this.access.readable(user).stream().map(Programme::code).toList())
			.stream()
			.map((report) -> FunderReportView.of(report, null))
			.toList();
	}

	/**
	 * Whether the user may review (and correct) the report: an officer of its programme.
	 */
	public boolean mayReview(String user, String programmeCode) {
		return this.access.isOfficerOf(user, programmeCode)
				&& this.directory.groupsOf(user).contains(org.opencall.identity.Roles.PROGRAMME_OFFICERS);
	}

	private FunderReport readable(String user, String callReference, int number) {
		FunderReport report = this.reports.find(callReference, number)
			.orElseThrow(() -> new NotFoundException("Call " + callReference + " has no report " + number));
		if (!this.access.mayRead(user, report.programmeCode())) {
			throw new NotFoundException("Call " + callReference + " has no report " + number);
		}
		return report;
	}

	private void requireOfficer(FunderReport report, String officer) {
		if (officer == null || !mayReview(officer, report.programmeCode())) {
			throw new ActionForbiddenException("Only a programme officer of the call's programme reviews its reports");
		}
	}

	private FunderReport report(String callReference, int number) {
		return this.reports.find(callReference, number)
			.orElseThrow(() -> new IllegalStateException("Call " + callReference + " has no report " + number));
	}

	private Schedule schedule(String callReference) {
		return this.schedules.of(callReference)
			.orElseThrow(() -> new IllegalStateException("Call " + callReference + " has no reporting schedule"));
	}

	private String freeze(String programmeCode, Instant from, Instant until) {
		ProgrammeReport report = this.figures.of(programmeCode, ProgrammeFigures.between(from, until));
		try {
			return this.json.writeValueAsString(report);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("The figures of programme " + programmeCode + " could not be kept", ex);
		}
	}

	ProgrammeReport figures(FunderReport report) {
		try {
			return this.json.readValue(report.figures(), ProgrammeReport.class);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException(report.title() + " has unreadable figures", ex);
		}
	}

	private String person(String userId) {
		if (userId == null) {
			return null;
		}
		return this.directory.person(userId).map((p) -> p.displayName() + " (" + userId + ")").orElse(userId);
	}

	/** The figures as lines for the form: one per row of the report's table. */
	static String inWords(ProgrammeReport report) {
		StringBuilder text = new StringBuilder();
		String section = null;
		for (ReportTable.Row row : report.table()) {
			if (!row.section().equals(section)) {
				section = row.section();
				text.append((text.length() > 0) ? "\n" : "").append(section).append('\n');
			}
			StringBuilder line = new StringBuilder("  ");
			for (int i = 0; i < ReportTable.CELLS; i++) {
				if (!row.cell(i).isEmpty()) {
					line.append((line.length() > 2) ? " · " : "")
						.append(row.heading(i).isEmpty() ? "" : row.heading(i) + ": ")
						.append(row.cell(i));
				}
			}
			text.append(line).append('\n');
		}
		return text.toString();
	}

}
