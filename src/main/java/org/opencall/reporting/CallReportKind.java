package org.opencall.reporting;

import java.util.Arrays;
import java.util.Optional;

/**
 * The reports of a call, each a PDF and a CSV, named as in their address
 * ({@code /reports/calls/HC-2027-01/ranking.pdf}) and their template
 * ({@code reports/call-ranking.jrxml}).
 */
public enum CallReportKind {

	CALL_OVERVIEW("call-overview", "Call overview",
			"Timeline, challenges and the needs behind them, budget and what is committed and paid"),
	SUBMISSIONS("submissions", "Submissions and eligibility",
			"Every submitted proposal: applicant, country, kind of organisation, when, eligibility and why"),
	RANKING("ranking", "Ranking and budget line",
			"Consensus scores per criterion, weighted score, thresholds, outcome and the budget line"),
	PAYMENTS("payments", "Payments ledger",
			"Every instalment of every signed grant: amount, due, released, by whom; committed and paid");

	private final String path;

	private final String title;

	private final String description;

	CallReportKind(String path, String title, String description) {
		this.path = path;
		this.title = title;
		this.description = description;
	}

	public static Optional<CallReportKind> ofPath(String path) {
		return Arrays.stream(values()).filter((kind) -> kind.path.equals(path)).findFirst();
	}

	public String path() {
		return this.path;
	}

	public String title() {
		return this.title;
	}

	public String description() {
		return this.description;
	}

	/** The JasperReports template in {@code reports/}. */
	public String template() {
		return "call-" + this.path.replace("call-", "");
	}

}
