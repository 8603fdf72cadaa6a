package org.opencall.selection;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.opencall.calls.CallView;
import org.opencall.evaluation.DashboardView;
import org.opencall.evaluation.EvaluationDashboard;
import org.opencall.selection.OfficerSelections.Found;
import org.opencall.selection.domain.DecisionList;
import org.opencall.selection.domain.DecisionList.Listed;
import org.opencall.selection.domain.Selection;
import org.opencall.selection.domain.SelectionStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's ranking for its programme's officers and for auditors: the ranking as it
 * stands while the panel prepares the decision, the proposed or decided list after.
 */
@Service
@Transactional(readOnly = true)
public class CallRanking {

	/**
	 * An expert whose totals lie this many points or more from their co-evaluators' on
	 * average is flagged on the proposals they scored.
	 */
	static final BigDecimal CALIBRATION_FLAG = new BigDecimal("1.5");

	private final OfficerSelections selections;

	private final RankingOfCall ranking;

	private final EvaluationDashboard evaluation;

	CallRanking(OfficerSelections selections, RankingOfCall ranking, EvaluationDashboard evaluation) {
		this.selections = selections;
		this.ranking = ranking;
		this.evaluation = evaluation;
	}

	public RankingView of(String userId, String callReference) {
		Found found = this.selections.toRead(userId, callReference);
		CallView call = found.call();
		Selection selection = found.selection();
		DecisionList list = (selection.proposedList() != null) ? selection.proposedList()
				: this.ranking.current(call, selection);
		DashboardView dashboard = this.evaluation.of(userId, callReference);
		Map<String, BigDecimal> spreads = new HashMap<>();
		dashboard.proposals().forEach((row) -> spreads.put(row.reference(), row.spread()));
		Map<String, List<String>> flags = calibrationFlags(dashboard);
		List<RankingView.Row> rows = list.proposals()
			.stream()
			.map((listed) -> row(listed, spreads.get(listed.submissionReference()),
					flags.getOrDefault(listed.submissionReference(), List.of())))
			.toList();
		boolean adjustable = selection.status() == SelectionStatus.PANEL
				&& this.selections.worksOn(userId, selection.programmeCode());
		return new RankingView(call.reference(), call.title(), call.timeZone(), selection.status().name(),
				statusText(selection.status()), call.currency(), list.budget(), list.committed(),
				call.criteria()
					.stream()
					.map((c) -> new RankingView.Criterion(c.name(), c.threshold(), c.weight()))
					.toList(),
				call.overallThreshold(), call.selection().tieBreaks(), rows,
				selection.adjustments()
					.stream()
					.map((a) -> new RankingView.Adjustment(a.kind().name(), a.submissionReference(), a.criterion(),
							plain(a.valueBefore()), plain(a.valueAfter()), a.justification(), a.adjustedBy(),
							a.adjustedAt()))
					.toList(),
				selection.proposedBy(), selection.proposedAt(), selection.proposalComment(), selection.reviewedBy(),
				selection.reviewedAt(), selection.reviewComment(), selection.decidedAt(), selection.redressDeadline(),
				adjustable);
	}

	/** 3.5 rather than the column's 3.50, 4 rather than 4.00. */
	private static BigDecimal plain(BigDecimal value) {
		return new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	static String statusText(SelectionStatus status) {
		return switch (status) {
			case PANEL -> "The panel prepares the funding decision";
			case PROPOSED -> "Proposed, awaiting a second officer's approval";
			case DECIDED -> "Funding decided";
		};
	}

	private static RankingView.Row row(Listed listed, BigDecimal spread, List<String> flags) {
		return new RankingView.Row(listed.rank(), listed.submissionReference(), listed.title(), listed.organisation(),
				listed.outcome(), Outcomes.words(listed.outcome()), listed.reason(),
				listed.scores()
					.entrySet()
					.stream()
					.map((e) -> new RankingView.Score(e.getKey(), e.getValue()))
					.toList(),
				listed.total(), listed.weighted(), listed.requested(), spread, flags);
	}

	private static Map<String, List<String>> calibrationFlags(DashboardView dashboard) {
		Map<String, DashboardView.ExpertRow> offCentre = dashboard.experts()
			.stream()
			.filter((e) -> e.calibration() != null && e.calibration().abs().compareTo(CALIBRATION_FLAG) >= 0)
			.collect(Collectors.toMap(DashboardView.ExpertRow::expert, (e) -> e));
		Map<String, List<String>> flags = new HashMap<>();
		for (DashboardView.ProposalRow proposal : dashboard.proposals()) {
			List<String> found = proposal.experts()
				.stream()
				.filter((e) -> e.expert() != null && offCentre.containsKey(e.expert()))
				.map((e) -> {
					BigDecimal average = offCentre.get(e.expert()).calibration();
					return e.name() + " scores " + average.abs().stripTrailingZeros().toPlainString() + " points "
							+ ((average.signum() > 0) ? "above" : "below") + " their co-evaluators on average";
				})
				.toList();
			if (!found.isEmpty()) {
				flags.put(proposal.reference(), found);
			}
		}
		return flags;
	}

}
