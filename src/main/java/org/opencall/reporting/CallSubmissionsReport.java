package org.opencall.reporting;

import java.io.OutputStream;
import java.io.Writer;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;

import org.opencall.platform.CsvTable;
import org.opencall.calls.CallView;
import org.opencall.platform.PdfReports;
import org.opencall.platform.ReportRows;
import org.opencall.submissions.SubmissionCounts;
import org.opencall.submissions.SubmissionReport;
import org.opencall.submissions.SubmissionRow;

import org.springframework.stereotype.Component;

/**
 * A call's submissions and their eligibility: every proposal submitted, by reference,
 * with its applicant organisation, country and kind, when it was last submitted, its
 * eligibility and the reasons; streamed from submissions a batch at a time.
 */
@Component
class CallSubmissionsReport implements CallReport {

	private final PdfReports reports;

	private final SubmissionReport submissions;

	private final Clock clock;

	CallSubmissionsReport(PdfReports reports, SubmissionReport submissions, Clock clock) {
		this.reports = reports;
		this.submissions = submissions;
		this.clock = clock;
	}

	@Override
	public CallReportKind kind() {
		return CallReportKind.SUBMISSIONS;
	}

	@Override
	public void pdf(String userId, CallView call, OutputStream pdf) {
		ZoneId zone = ZoneId.of(call.timeZone());
		SubmissionCounts counts = this.submissions.counts(userId, call.reference());
		Map<String, Object> values = ReportFormat.callHeading(call, this.clock, zone);
		values.put("deadline", ReportFormat.moment(call.deadline(), zone));
		values.put("submitted", counts.submitted());
		values.put("eligible", counts.eligible());
		values.put("ineligible", counts.ineligible());
		values.put("withdrawn", counts.withdrawn());
		values.put("undecided", counts.awaitingEligibility());
		LargeReports.render(this.reports, CallReportKind.SUBMISSIONS.template(), values, pdf,
				(fill) -> this.submissions.rows(userId, call.reference(),
						(rows) -> fill.apply(ReportRows.<SubmissionRow>of(rows.iterator())
							.column("reference", SubmissionRow::reference)
							.column("title", SubmissionRow::title)
							.column("organisation", SubmissionRow::organisation)
							.column("country", SubmissionRow::country)
							.column("organisationType", SubmissionRow::organisationType)
							.column("submittedAt", (row) -> ReportFormat.moment(row.submittedAt(), zone))
							.column("requested", (row) -> ReportFormat.money(row.requested(), call.currency()))
							.column("eligibility", SubmissionRow::eligibility)
							.column("reasons", SubmissionRow::reasons))));
	}

	@Override
	public void csv(String userId, CallView call, Writer csv) {
		ZoneId zone = ZoneId.of(call.timeZone());
		CsvTable table = new CsvTable(csv, "Reference", "Title", "Applicant organisation", "Country",
				"Organisation type", "Submitted at", "Requested", "Currency", "Eligibility", "Reasons", "Decided by");
		this.submissions.rows(userId, call.reference(), (rows) -> {
			rows.forEach((row) -> table.text(row.reference())
				.text(row.title())
				.text(row.organisation())
				.text(row.country())
				.text(row.organisationType())
				.moment(row.submittedAt(), zone)
				.number(row.requested())
				.text(call.currency())
				.text(row.eligibility())
				.text(row.reasons())
				.text(row.decidedBy())
				.end());
			return null;
		});
		table.flush();
	}

}
