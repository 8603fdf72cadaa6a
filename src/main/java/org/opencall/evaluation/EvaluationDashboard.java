package org.opencall.evaluation;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.opencall.calls.CallCatalogue;
import org.opencall.evaluation.EvaluationResult.ScoreResult;
import org.opencall.evaluation.EvaluationResult.SlotResult;
import org.opencall.evaluation.domain.Calibration;
import org.opencall.submissions.ProposalToEvaluate;
import org.opencall.submissions.ProposalsToEvaluate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officers' view of a call's evaluation: per proposal (its latest round, a
 * re-evaluation's once one started) its experts, where each stands, their totals and the
 * spread; per expert their load, what they scored and what is overdue; and each expert's
 * calibration against their co-evaluators. Overdue work comes first.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationDashboard {

	private final CallCatalogue calls;

	private final EvaluationResults results;

	private final ProposalsToEvaluate proposals;

	private final ExpertPanel panel;

	private final Clock clock;

	EvaluationDashboard(CallCatalogue calls, EvaluationResults results, ProposalsToEvaluate proposals,
			ExpertPanel panel, Clock clock) {
		this.calls = calls;
		this.results = results;
		this.proposals = proposals;
		this.panel = panel;
		this.clock = clock;
	}

	public DashboardView of(String userId, String callReference) {
		this.calls.officerCall(userId, callReference);
		Instant now = this.clock.instant();
		Map<String, String> titles = this.proposals.eligibleOf(callReference)
			.stream()
			.collect(Collectors.toMap(ProposalToEvaluate::reference, ProposalToEvaluate::title));
		Map<String, String> names = new LinkedHashMap<>();
		this.panel.acceptedExperts(callReference).forEach((e) -> names.put(e.username(), e.name()));
		List<EvaluationResult> evaluations = this.results.ofCall(callReference);
		List<DashboardView.ProposalRow> rows = new ArrayList<>();
		Map<String, int[]> work = new LinkedHashMap<>();
		List<Calibration.Total> totals = new ArrayList<>();
		for (EvaluationResult evaluation : evaluations) {
			List<DashboardView.ExpertOnProposal> experts = new ArrayList<>();
			for (SlotResult slot : evaluation.slots()) {
				boolean scored = !slot.scores().isEmpty();
				boolean overdue = !scored && slot.scoringDue() != null && slot.scoringDue().isBefore(now)
						&& slot.expert() != null && !"VACANT".equals(slot.state());
				BigDecimal total = scored ? total(slot.scores()) : null;
				experts.add(new DashboardView.ExpertOnProposal(slot.expert(),
						names.getOrDefault(slot.expert(), Objects.toString(slot.expert(), "nobody")),
						SlotStates.label(slot.state()), total, overdue));
				if (slot.expert() != null && !SlotStates.isLeft(slot.state())) {
					int[] counts = work.computeIfAbsent(slot.expert(), (e) -> new int[3]);
					counts[0]++;
					counts[1] += scored ? 1 : 0;
					counts[2] += overdue ? 1 : 0;
				}
				if (scored) {
					totals.add(new Calibration.Total(evaluation.submissionReference(), slot.expert(), total));
				}
			}
			BigDecimal spread = evaluation.spreads().stream().max(Comparator.naturalOrder()).orElse(null);
			rows.add(new DashboardView.ProposalRow(evaluation.submissionReference(),
					titles.getOrDefault(evaluation.submissionReference(), ""), evaluation.round(),
					EvaluationStates.label(evaluation.status()), experts, spread,
					experts.stream().anyMatch(DashboardView.ExpertOnProposal::overdue)));
		}
		rows.sort(Comparator.comparing(DashboardView.ProposalRow::overdue)
			.reversed()
			.thenComparing(DashboardView.ProposalRow::reference));
		Map<String, Calibration.Deviation> calibration = Calibration.of(totals);
		List<DashboardView.ExpertRow> experts = work.entrySet().stream().map((entry) -> {
			Calibration.Deviation deviation = calibration.get(entry.getKey());
			return new DashboardView.ExpertRow(entry.getKey(), names.getOrDefault(entry.getKey(), entry.getKey()),
					entry.getValue()[0], entry.getValue()[1], entry.getValue()[2],
					(deviation != null) ? deviation.average() : null, (deviation != null) ? deviation.proposals() : 0);
		})
			.sorted(Comparator.comparingInt(DashboardView.ExpertRow::overdue)
				.reversed()
				.thenComparing(DashboardView.ExpertRow::expert))
			.toList();
		long complete = evaluations.stream().filter((e) -> "COMPLETED".equals(e.status())).count();
		return new DashboardView(callReference, evaluations.size(), (int) complete, rows, experts);
	}

	private static BigDecimal total(List<ScoreResult> scores) {
		return scores.stream().map(ScoreResult::score).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
