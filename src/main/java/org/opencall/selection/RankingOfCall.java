package org.opencall.selection;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.opencall.calls.CallView;
import org.opencall.evaluation.ConsensusResult;
import org.opencall.evaluation.EvaluationResult.ScoreResult;
import org.opencall.evaluation.EvaluationResults;
import org.opencall.selection.domain.DecisionList;
import org.opencall.selection.domain.EvaluatedProposal;
import org.opencall.selection.domain.OrderAdjustment;
import org.opencall.selection.domain.PanelAdjustment;
import org.opencall.selection.domain.RankedProposal;
import org.opencall.selection.domain.RankingCriterion;
import org.opencall.selection.domain.RankingProposals;
import org.opencall.selection.domain.RankingResult;
import org.opencall.selection.domain.RankingTerms;
import org.opencall.selection.domain.RecordedAdjustment;
import org.opencall.selection.domain.ScoreAdjustment;
import org.opencall.selection.domain.Selection;
import org.opencall.selection.domain.TieBreak;
import org.opencall.submissions.ProposalToEvaluate;
import org.opencall.submissions.ProposalsToEvaluate;

import org.springframework.stereotype.Component;

/**
 * Ranks a call's evaluated proposals by the call's terms (criteria, thresholds, weights,
 * budget, tie-breaks), their consensus scores from evaluation and the panel's
 * adjustments; the rules are the domain's ({@link RankingProposals}).
 */
@Component
class RankingOfCall {

	private final EvaluationResults evaluations;

	private final ProposalsToEvaluate proposals;

	RankingOfCall(EvaluationResults evaluations, ProposalsToEvaluate proposals) {
		this.evaluations = evaluations;
		this.proposals = proposals;
	}

	/** The ranking as it stands, as a list an officer may propose. */
	DecisionList current(CallView call, Selection selection) {
		Inputs inputs = inputs(call);
		return listOf(result(inputs, selection, List.of()), inputs.titles());
	}

	/**
	 * What a call's ranking reads, once: its terms, its evaluated proposals with their
	 * consensus, and their titles. The eligible proposals are read in one pass.
	 */
	Inputs inputs(CallView call) {
		Map<String, ConsensusResult> results = this.evaluations.consensusOfCall(call.reference())
			.stream()
			.collect(Collectors.toMap(ConsensusResult::submissionReference, Function.identity()));
		List<ProposalToEvaluate> eligible = this.proposals.eligibleOf(call.reference());
		return new Inputs(terms(call),
				eligible.stream()
					.filter((p) -> results.containsKey(p.reference()))
					.map((p) -> evaluated(p, results.get(p.reference()).scores()))
					.toList(),
				eligible.stream().collect(Collectors.toMap(ProposalToEvaluate::reference, ProposalToEvaluate::title)));
	}

	/**
	 * The ranking with the selection's adjustments and more, to check a new one before it
	 * is kept; refused as the ranking refuses it.
	 */
	RankingResult result(Inputs inputs, Selection selection, List<PanelAdjustment> more) {
		List<PanelAdjustment> adjustments = new ArrayList<>(
				selection.adjustments().stream().map(RankingOfCall::adjustment).toList());
		adjustments.addAll(more);
		return RankingProposals.rank(inputs.terms(), inputs.evaluated(), adjustments);
	}

	/** A call's terms, evaluated proposals and their titles by reference. */
	record Inputs(RankingTerms terms, List<EvaluatedProposal> evaluated, Map<String, String> titles) {
	}

	static RankingTerms terms(CallView call) {
		List<RankingCriterion> criteria = call.criteria()
			.stream()
			.map((c) -> new RankingCriterion(c.name(), c.threshold(), c.weight()))
			.toList();
		return new RankingTerms(criteria, call.overallThreshold(), call.totalBudget(),
				Currency.getInstance(call.currency()), TieBreak.parse(call.selection().tieBreaks(), criteria));
	}

	static EvaluatedProposal evaluated(ProposalToEvaluate proposal, List<ScoreResult> consensus) {
		Map<String, BigDecimal> scores = new LinkedHashMap<>();
		consensus.forEach((score) -> scores.put(score.criterion(), score.score()));
		return new EvaluatedProposal(proposal.reference(), proposal.organisation(), proposal.requestedAmount(),
				proposal.submittedAt(), scores);
	}

	static DecisionList.Listed listed(RankedProposal entry, String title) {
		return new DecisionList.Listed(entry.submissionReference(), title, entry.organisationName(), entry.rank(),
				entry.outcome().name(), entry.reason(), entry.scores(), entry.total(), entry.weightedScore(),
				entry.requestedAmount());
	}

	private static DecisionList listOf(RankingResult result, Map<String, String> titles) {
		return new DecisionList(result.entries()
			.stream()
			.map((entry) -> listed(entry, titles.getOrDefault(entry.submissionReference(), "")))
			.toList(), result.budget(), result.committed());
	}

	private static PanelAdjustment adjustment(RecordedAdjustment kept) {
		return switch (kept.kind()) {
			case SCORE -> new ScoreAdjustment(kept.submissionReference(), kept.criterion(), kept.valueBefore(),
					kept.valueAfter(), kept.justification(), kept.adjustedBy(), kept.adjustedAt());
			case ORDER -> new OrderAdjustment(kept.submissionReference(), kept.valueAfter().intValue(),
					kept.justification(), kept.adjustedBy(), kept.adjustedAt());
		};
	}

}
