package org.opencall.reporting;

import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.opencall.platform.CsvTable;
import org.opencall.calls.CallView;
import org.opencall.platform.PdfReports;
import org.opencall.platform.ReportRows;
import org.opencall.selection.RankedRow;
import org.opencall.selection.RankingReport;
import org.opencall.selection.RankingSummary;

import org.springframework.stereotype.Component;

/**
 * A call's ranking: every evaluated proposal in rank order with its consensus scores per
 * criterion, total and weighted score, whether it passes the thresholds, its outcome, its
 * request and the requests added up down the ranking, against the call's budget. The
 * budget line is drawn above the first proposal whose request no longer fits: it and
 * every passing proposal below it are on the reserve list. Rows are streamed from
 * selection's stored list.
 */
@Component
class CallRankingReport implements CallReport {

	private final PdfReports reports;

	private final RankingReport ranking;

	private final Clock clock;

	CallRankingReport(PdfReports reports, RankingReport ranking, Clock clock) {
		this.reports = reports;
		this.ranking = ranking;
		this.clock = clock;
	}

	@Override
	public CallReportKind kind() {
		return CallReportKind.RANKING;
	}

	@Override
	public void pdf(String userId, CallView call, OutputStream pdf) {
		ZoneId zone = ZoneId.of(call.timeZone());
		RankingSummary summary = this.ranking.summary(userId, call.reference());
		String currency = call.currency();
		Map<String, Object> values = ReportFormat.callHeading(call, this.clock, zone);
		values.put("status", summary.statusText());
		values.put("budget", ReportFormat.money(summary.budget(), currency));
		values.put("committed", ReportFormat.money(summary.committed(), currency));
		values.put("remaining", ReportFormat.money(summary.budget().subtract(summary.committed()), currency));
		values.put("selected", summary.selected());
		values.put("reserve", summary.reserve());
		values.put("rejected", summary.rejected());
		values.put("criteria",
				call.criteria()
					.stream()
					.map((c) -> c.name() + " (threshold " + ReportFormat.score(c.threshold()) + ", weight "
							+ ReportFormat.score(c.weight()) + ")")
					.collect(Collectors.joining("; ")) + "; overall threshold "
						+ ReportFormat.score(call.overallThreshold()));
		LargeReports.render(this.reports, CallReportKind.RANKING.template(), values, pdf,
				(fill) -> this.ranking.rows(userId, call.reference(),
						(rows) -> fill.apply(ReportRows.<Line>of(lines(rows, summary.budget()).iterator())
							.column("rank", (line) -> (line.row().rank() != null) ? line.row().rank().toString() : "–")
							.column("reference", (line) -> line.row().reference())
							.column("title", (line) -> line.row().title())
							.column("organisation", (line) -> line.row().organisation())
							.column("scores", (line) -> scores(call, line.row()))
							.column("total", (line) -> ReportFormat.score(line.row().total()))
							.column("weighted", (line) -> ReportFormat.score(line.row().weighted()))
							.column("thresholds", (line) -> line.row().passesThresholds() ? "passed" : "failed")
							.column("outcome", (line) -> line.row().outcomeText())
							.column("reason", (line) -> line.row().reason())
							.column("requested", (line) -> ReportFormat.money(line.row().requested(), currency))
							.column("cumulative", (line) -> ReportFormat.money(line.cumulative(), currency))
							.column("budgetLine", Line::budgetLineAbove))));
	}

	@Override
	public void csv(String userId, CallView call, Writer csv) {
		RankingSummary summary = this.ranking.summary(userId, call.reference());
		List<String> header = new ArrayList<>(List.of("Rank", "Reference", "Title", "Applicant organisation"));
		call.criteria().forEach((c) -> header.add(c.name()));
		header.addAll(List.of("Total", "Weighted score", "Thresholds", "Outcome", "Requested", "Cumulative requested",
				"Budget", "Budget line above", "Reason"));
		CsvTable table = new CsvTable(csv, header.toArray(String[]::new));
		this.ranking.rows(userId, call.reference(), (rows) -> {
			lines(rows, summary.budget()).forEach((line) -> {
				RankedRow row = line.row();
				table.text((row.rank() != null) ? row.rank().toString() : "")
					.text(row.reference())
					.text(row.title())
					.text(row.organisation());
				call.criteria().forEach((c) -> table.number(row.scores().get(c.name())));
				table.number(row.total())
					.number(row.weighted())
					.text(row.passesThresholds() ? "passed" : "failed")
					.text(row.outcomeText())
					.number(row.requested())
					.number(line.cumulative())
					.number(summary.budget())
					.text(line.budgetLineAbove() ? "yes" : "")
					.text(row.reason())
					.end();
			});
			return null;
		});
		table.flush();
	}

	/**
	 * The rows with the requests of the passing proposals added up in rank order, and the
	 * budget line above the first on the reserve list; read as they come.
	 */
	static Stream<Line> lines(Stream<RankedRow> rows, BigDecimal budget) {
		BigDecimal[] sum = { BigDecimal.ZERO };
		boolean[] drawn = { false };
		return rows.map((row) -> {
			if (!row.passesThresholds() || row.requested() == null) {
				return new Line(row, null, false);
			}
			sum[0] = sum[0].add(row.requested());
			boolean line = !drawn[0] && "RESERVE".equals(row.outcome());
			drawn[0] |= line;
			return new Line(row, sum[0], line);
		});
	}

	private static String scores(CallView call, RankedRow row) {
		return call.criteria()
			.stream()
			.map((c) -> c.name() + " " + ReportFormat.score(row.scores().get(c.name())))
			.collect(Collectors.joining(" · "));
	}

	/**
	 * A row of the ranking with the passing requests added up to it, and whether the
	 * budget line runs above it.
	 */
	record Line(RankedRow row, BigDecimal cumulative, boolean budgetLineAbove) {
	}

}
