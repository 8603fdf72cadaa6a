package org.opencall.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import org.opencall.calls.CallCatalogue;
import org.opencall.evaluation.domain.ConsensusReport;
import org.opencall.evaluation.domain.ConsensusResponse;
import org.opencall.evaluation.domain.CriterionScore;
import org.opencall.evaluation.domain.Evaluation;
import org.opencall.evaluation.domain.Scorecard;
import org.opencall.evaluation.domain.SlotState;
import org.opencall.evaluation.process.TaskContexts.ConsensusContext;
import org.opencall.evaluation.process.TaskContexts.CriterionText;
import org.opencall.evaluation.process.TaskContexts.DeclarationContext;
import org.opencall.evaluation.process.TaskContexts.ScoringContext;
import org.opencall.platform.PageFormat;
import org.opencall.submissions.SubmittedProposal;
import org.opencall.submissions.SubmittedProposals;

import org.springframework.stereotype.Component;

/**
 * What each evaluation task shows, in words: the proposal's names before the declaration
 * (never its content), the criteria for scoring, every expert's scores only in the
 * consensus round; deadlines in the call's time zone.
 */
@Component
class EvaluationContexts {

	private final SubmittedProposals proposals;

	private final CallCatalogue calls;

	private final PageFormat format;

	EvaluationContexts(SubmittedProposals proposals, CallCatalogue calls, PageFormat format) {
		this.proposals = proposals;
		this.calls = calls;
		this.format = format;
	}

	DeclarationContext declaration(Evaluation evaluation, int slot) {
		SubmittedProposal proposal = this.proposals.proposal(evaluation.submissionReference())
			.orElseThrow(() -> new IllegalStateException("No submitted proposal " + evaluation.submissionReference()));
		return new DeclarationContext(proposal.title(), proposal.acronym(), proposal.challenge(),
				evaluation.callReference(), when(evaluation, evaluation.declarationDueAt(slot)));
	}

	ScoringContext scoring(Evaluation evaluation, int slot) {
		return new ScoringContext(criteria(evaluation), when(evaluation, evaluation.scoringDueAt(slot)));
	}

	ConsensusContext consensus(Evaluation evaluation) {
		ConsensusReport report = evaluation.consensusReport();
		String draft = (report != null && report.isDrafted()) ? card(report.agreed()) : "Not drafted yet.";
		return new ConsensusContext(criteria(evaluation), individualScores(evaluation), draft, answers(report));
	}

	private static List<CriterionText> criteria(Evaluation evaluation) {
		return evaluation.criteria().stream().map((c) -> new CriterionText(c.name(), c.description())).toList();
	}

	private static String individualScores(Evaluation evaluation) {
		return evaluation.slots()
			.stream()
			.filter((slot) -> slot.state() == SlotState.SCORED)
			.map((slot) -> slot.expert() + ":\n" + card(slot.scorecard()))
			.collect(Collectors.joining("\n\n"));
	}

	private static String card(Scorecard card) {
		StringBuilder text = new StringBuilder();
		for (CriterionScore score : card.scores()) {
			text.append(score.criterion())
				.append(": ")
				.append(points(score.score()))
				.append(" — ")
				.append(score.comment())
				.append('\n');
		}
		return text.append("Overall: ").append(card.overallComment()).toString();
	}

	private static String answers(ConsensusReport report) {
		if (report == null) {
			return "";
		}
		StringBuilder text = new StringBuilder();
		for (ConsensusResponse response : report.responses()) {
			text.append(response.expert())
				.append(response.agrees() ? " agrees" : " comments")
				.append((response.comment() != null) ? ": " + response.comment() : ".")
				.append('\n');
		}
		if (report.sentBackComment() != null) {
			text.append("Sent back by ").append(report.sentBackBy()).append(": ").append(report.sentBackComment());
		}
		return text.toString().strip();
	}

	private static String points(BigDecimal score) {
		return score.stripTrailingZeros().toPlainString();
	}

	private String when(Evaluation evaluation, Instant instant) {
		return this.format.dateTime(instant, this.calls.call(evaluation.callReference(), null).timeZone());
	}

}
