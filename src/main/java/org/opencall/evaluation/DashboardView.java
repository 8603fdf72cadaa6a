package org.opencall.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A call's evaluation at a glance, for its officers and auditors (see
 * {@link EvaluationDashboard}).
 */
public record DashboardView(String callReference, int evaluations, int complete, List<ProposalRow> proposals,
		List<ExpertRow> experts) {

	public DashboardView {
		proposals = List.copyOf(proposals);
		experts = List.copyOf(experts);
	}

	/**
	 * A proposal's latest round (above 1 for a re-evaluation): its experts, its largest
	 * spread between experts on a criterion.
	 */
	public record ProposalRow(String reference, String title, int round, String status, List<ExpertOnProposal> experts,
			BigDecimal spread, boolean overdue) {

		public ProposalRow {
			experts = List.copyOf(experts);
		}

	}

	/** An expert's slot on a proposal: where it stands and, once scored, their total. */
	public record ExpertOnProposal(String expert, String name, String state, BigDecimal total, boolean overdue) {
	}

	/**
	 * An expert's work in the call and their calibration: their average deviation from
	 * their co-evaluators' totals (positive: lenient), over {@code calibratedOn}
	 * proposals.
	 */
	public record ExpertRow(String expert, String name, int assigned, int scored, int overdue, BigDecimal calibration,
			int calibratedOn) {
	}

}
