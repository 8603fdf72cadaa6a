package org.opencall.selection;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.opencall.platform.PdfReports;
import org.opencall.platform.ReportRows;
import org.opencall.selection.EvaluationSummary.CriterionSummary;

import org.springframework.stereotype.Component;

/**
 * The evaluation summary report (ESR) as a PDF, from
 * {@code reports/evaluation-summary.jrxml}: the summary's values formatted for people
 * ("3.5", "4 January 2027, 17:00 CET (Europe/Brussels)"), one row per criterion.
 */
@Component
public class EvaluationSummaryPdf {

	static final String TEMPLATE = "evaluation-summary";

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.UK);

	private final PdfReports reports;

	public EvaluationSummaryPdf(PdfReports reports) {
		this.reports = reports;
	}

	/** The report of the funding decision's letter: it says how to request a redress. */
	public byte[] render(EvaluationSummary summary) {
		return render(summary, false);
	}

	/**
	 * @param afterRedress whether the report gives a re-evaluation after an upheld
	 * redress request, which concludes the redress: it then invites no further request,
	 * which would be refused
	 */
	public byte[] render(EvaluationSummary summary, boolean afterRedress) {
		Map<String, Object> values = parameters(summary);
		values.put("redressConcluded", afterRedress);
		return this.reports.render(TEMPLATE, values, rows(summary));
	}

	/** Writes the PDF to the stream, which stays open. */
	public void render(EvaluationSummary summary, OutputStream pdf) {
		this.reports.render(TEMPLATE, parameters(summary), rows(summary), pdf);
	}

	private static Map<String, Object> parameters(EvaluationSummary summary) {
		Map<String, Object> values = new HashMap<>();
		values.put("programmeName", summary.programmeName());
		values.put("callReference", summary.callReference());
		values.put("callTitle", summary.callTitle());
		values.put("submissionReference", summary.submissionReference());
		values.put("proposalTitle", summary.proposalTitle());
		values.put("organisation", summary.organisation());
		values.put("issuedOn", DATE.format(summary.issuedAt().atZone(summary.timeZone())));
		values.put("result", summary.result());
		values.put("resultText", summary.resultText());
		values.put("reason", summary.reason());
		values.put("totalScore", number(summary.totalScore()));
		values.put("overallThreshold", number(summary.overallThreshold()));
		values.put("overallThresholdMet", summary.totalScore().compareTo(summary.overallThreshold()) >= 0);
		values.put("weightedScore", number(summary.weightedScore()));
		values.put("rank", (summary.rank() != null) ? summary.rank().toString() : null);
		values.put("overallComment", summary.overallComment());
		values.put("redressDeadline", moment(summary.redressDeadline(), summary.timeZone()));
		return values;
	}

	private static ReportRows<CriterionSummary> rows(EvaluationSummary summary) {
		return ReportRows.<CriterionSummary>of(summary.criteria().iterator())
			.column("criterion", CriterionSummary::name)
			.column("score", (criterion) -> number(criterion.score()))
			.column("threshold", (criterion) -> number(criterion.threshold()))
			.column("weight", (criterion) -> number(criterion.weight()))
			.column("thresholdMet", CriterionSummary::thresholdMet)
			.column("comment", CriterionSummary::comment);
	}

	/** "3.5", "4", "13.25": as people write scores, to two places at most. */
	static String number(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
	}

	/**
	 * "4 January 2027, 17:00 CET (Europe/Brussels)": the zone's abbreviation and its
	 * name.
	 */
	static String moment(Instant instant, ZoneId zone) {
		String shown = DATE_TIME.format(instant.atZone(zone));
		boolean named = !(zone instanceof ZoneOffset) && !shown.endsWith(" " + zone.getId());
		return named ? shown + " (" + zone.getId() + ")" : shown;
	}

}
