package org.opencall.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.opencall.calls.CallCatalogue;
import org.opencall.calls.CallView;
import org.opencall.evaluation.ConsensusResult;
import org.opencall.evaluation.EvaluationResult;
import org.opencall.evaluation.EvaluationResults;
import org.opencall.platform.NotFoundException;
import org.opencall.selection.domain.DecisionList;
import org.opencall.selection.domain.FundingOutcome;
import org.opencall.selection.domain.RankedProposal;
import org.opencall.selection.domain.RankingProposals;
import org.opencall.selection.domain.Selection;
import org.opencall.submissions.ProposalToEvaluate;
import org.opencall.submissions.ProposalsToEvaluate;

import org.springframework.stereotype.Component;

/**
 * The result of a proposal re-evaluated after an upheld redress request. The funding
 * decision stays final for the others: the re-evaluation's consensus scores are held
 * against the call's thresholds only; a proposal that now passes joins the reserve list
 * (funded if money frees up), one that still fails stays rejected, with the criterion
 * that failed.
 */
@Component
class ReevaluatedResult {

	private final CallCatalogue calls;

	private final EvaluationResults evaluations;

	private final ProposalsToEvaluate proposals;

	ReevaluatedResult(CallCatalogue calls, EvaluationResults evaluations, ProposalsToEvaluate proposals) {
		this.calls = calls;
		this.evaluations = evaluations;
		this.proposals = proposals;
	}

	EvaluationSummary summary(Selection selection, String submissionReference, Instant now) {
		CallView call = this.calls.call(selection.callReference(), null);
		EvaluationResult evaluation = this.evaluations.of(submissionReference)
			.orElseThrow(() -> new NotFoundException("No evaluation of " + submissionReference));
		ProposalToEvaluate proposal = this.proposals.eligible(submissionReference);
		RankedProposal entry = RankingProposals
			.rank(RankingOfCall.terms(call).withBudget(BigDecimal.ZERO),
					List.of(RankingOfCall.evaluated(proposal, evaluation.consensus())), List.of())
			.entries()
			.get(0);
		boolean passes = entry.outcome() != FundingOutcome.REJECTED;
		String reason = passes
				? "After the re-evaluation by new experts the proposal passes every threshold" + " (weighted score "
						+ entry.weightedScore().stripTrailingZeros().toPlainString()
						+ "). The funding decision stays final for the other proposals, so it joins the reserve list:"
						+ " it is funded if money frees up."
				: "After the re-evaluation by new experts: " + entry.reason();
		DecisionList.Listed listed = new DecisionList.Listed(submissionReference, proposal.title(),
				proposal.organisation(), null, passes ? Outcomes.RESERVE : Outcomes.REJECTED, reason, entry.scores(),
				entry.total(), entry.weightedScore(), entry.requestedAmount());
		return ResultLetters.summary(call, listed, new ConsensusResult(submissionReference, evaluation.round(),
				evaluation.consensus(), evaluation.consensusComment()), now, selection.redressDeadline());
	}

}
