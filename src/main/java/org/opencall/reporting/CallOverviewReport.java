package org.opencall.reporting;

import java.io.OutputStream;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.opencall.platform.CsvTable;
import org.opencall.calls.CallView;
import org.opencall.calls.NeedSummary;
import org.opencall.cocreation.CallLedger;
import org.opencall.cocreation.PilotQueries;
import org.opencall.platform.PdfReports;
import org.opencall.platform.ReportRows;
import org.opencall.selection.RankingReport;
import org.opencall.selection.RankingSummary;
import org.opencall.submissions.SubmissionCounts;
import org.opencall.submissions.SubmissionReport;

import org.springframework.stereotype.Component;

/**
 * A call's overview: its timeline (publication, opening, deadline, evaluation complete,
 * decision proposed and taken, redress deadline), its challenges with the needs behind
 * them and the organisations that stated them, its budget against what the funding
 * decision committed, what the signed grants hold and what was paid, and how many
 * proposals came and how they fared.
 */
@Component
class CallOverviewReport implements CallReport {

	private final PdfReports reports;

	private final RankingReport ranking;

	private final SubmissionReport submissions;

	private final PilotQueries pilots;

	private final Clock clock;

	CallOverviewReport(PdfReports reports, RankingReport ranking, SubmissionReport submissions, PilotQueries pilots,
			Clock clock) {
		this.reports = reports;
		this.ranking = ranking;
		this.submissions = submissions;
		this.pilots = pilots;
		this.clock = clock;
	}

	@Override
	public CallReportKind kind() {
		return CallReportKind.CALL_OVERVIEW;
	}

	/** The call's key figures, for the PDF, the CSV and the JSON API alike. */
	CallFigures figures(String userId, CallView call) {
		RankingSummary selection = this.ranking.summary(userId, call.reference());
		SubmissionCounts counts = this.submissions.counts(userId, call.reference());
		CallLedger ledger = this.pilots.ledgerOfCall(userId, call.reference());
		return new CallFigures(call.publishedAt(), call.opensAt(), call.deadline(), selection.evaluatedAt(),
				selection.proposedAt(), selection.decidedAt(), selection.redressDeadline(), call.currency(),
				call.totalBudget(), call.maxGrant(), selection.committed(), ledger.total().amount(),
				ledger.total().released(), ledger.total().due(), counts.submitted(), counts.eligible(),
				counts.ineligible(), counts.withdrawn(), counts.awaitingEligibility(), selection.selected(),
				selection.reserve(), selection.rejected(), ledger.grants().size());
	}

	Overview overview(String userId, CallView call) {
		CallFigures figures = figures(userId, call);
		Map<String, Instant> timeline = new LinkedHashMap<>();
		timeline.put("Published", figures.publishedAt());
		timeline.put("Opening", figures.opensAt());
		timeline.put("Deadline", figures.deadline());
		timeline.put("Evaluation complete", figures.evaluatedAt());
		timeline.put("Funding decision proposed", figures.decisionProposedAt());
		timeline.put("Funding decided", figures.decidedAt());
		timeline.put("Redress deadline", figures.redressDeadline());
		Map<String, BigDecimal> budget = new LinkedHashMap<>();
		budget.put("Total budget", figures.totalBudget());
		budget.put("Maximum grant", figures.maxGrant());
		budget.put("Committed by the funding decision", figures.committed());
		budget.put("Budget not committed", figures.uncommitted());
		budget.put("Held by signed grants", figures.granted());
		budget.put("Paid", figures.paid());
		budget.put("Due, waiting for release", figures.due());
		Map<String, Integer> proposals = new LinkedHashMap<>();
		proposals.put("Submitted", figures.submitted());
		proposals.put("Eligible", figures.eligible());
		proposals.put("Not eligible", figures.ineligible());
		proposals.put("Withdrawn", figures.withdrawn());
		proposals.put("Eligibility not yet decided", figures.awaitingEligibility());
		proposals.put("Selected", figures.selected());
		proposals.put("Reserve list", figures.reserve());
		proposals.put("Rejected", figures.rejected());
		proposals.put("Signed grants", figures.signedGrants());
		return new Overview(timeline, budget, proposals, challenges(call));
	}

	@Override
	public void pdf(String userId, CallView call, OutputStream pdf) {
		Overview overview = overview(userId, call);
		ZoneId zone = ZoneId.of(call.timeZone());
		Map<String, Object> values = ReportFormat.callHeading(call, this.clock, zone);
		values.put("status", call.status().label());
		lines(values, "timeline", overview.timeline(), (at) -> ReportFormat.moment(at, zone), "not yet");
		lines(values, "budget", overview.budget(), (amount) -> ReportFormat.money(amount, call.currency()), "–");
		lines(values, "proposals", overview.proposals(), String::valueOf, "0");
		this.reports.render(CallReportKind.CALL_OVERVIEW.template(), values,
				ReportRows.<ChallengeNeed>of(overview.challenges().iterator())
					.column("challenge", ChallengeNeed::challenge)
					.column("needReference", ChallengeNeed::needReference)
					.column("needTitle", ChallengeNeed::needTitle)
					.column("needOrganisation", ChallengeNeed::needOrganisation),
				pdf);
	}

	@Override
	public void csv(String userId, CallView call, Writer csv) {
		Overview overview = overview(userId, call);
		ZoneId zone = ZoneId.of(call.timeZone());
		CsvTable table = new CsvTable(csv, "Section", "Item", "Value", "Detail");
		overview.timeline().forEach((name, at) -> table.text("Timeline").text(name).moment(at, zone).text("").end());
		overview.budget()
			.forEach((name, amount) -> table.text("Budget").text(name).number(amount).text(call.currency()).end());
		overview.proposals().forEach((name, count) -> table.text("Proposals").text(name).number(count).text("").end());
		for (ChallengeNeed row : overview.challenges()) {
			table.text("Challenge").text(row.challenge()).text(row.needReference()).text(row.needTitle());
			table.end();
			if (row.needReference() != null) {
				table.text("Need owner").text(row.needReference()).text(row.needOrganisation()).text(row.challenge());
				table.end();
			}
		}
		table.flush();
	}

	/**
	 * Puts the names and their values as two texts of as many lines, side by side in the
	 * template: {@code timelineNames} and {@code timelineValues}.
	 */
	private static <T> void lines(Map<String, Object> parameters, String name, Map<String, T> values,
			Function<T, String> format, String none) {
		StringBuilder names = new StringBuilder();
		StringBuilder shown = new StringBuilder();
		values.forEach((item, value) -> {
			String text = (value != null) ? format.apply(value) : "";
			names.append(item).append('\n');
			shown.append(text.isEmpty() ? none : text).append('\n');
		});
		parameters.put(name + "Names", names.toString().strip());
		parameters.put(name + "Values", shown.toString().strip());
	}

	/** One row per need behind each challenge; a challenge without needs has one row. */
	private static List<ChallengeNeed> challenges(CallView call) {
		List<ChallengeNeed> rows = new ArrayList<>();
		for (CallView.Challenge challenge : call.challenges()) {
			if (challenge.needs().isEmpty()) {
				rows.add(new ChallengeNeed(challenge.title(), null, null, null));
			}
			for (NeedSummary need : challenge.needs()) {
				rows.add(new ChallengeNeed(challenge.title(), need.reference(), need.title(), need.organisation()));
			}
		}
		return rows;
	}

	/** The figures of a call's overview, in the order the report shows them. */
	record Overview(Map<String, Instant> timeline, Map<String, BigDecimal> budget, Map<String, Integer> proposals,
			List<ChallengeNeed> challenges) {
	}

	record ChallengeNeed(String challenge, String needReference, String needTitle, String needOrganisation) {
	}

}
