package org.opencall.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.opencall.evaluation.EvaluationResult.ScoreResult;
import org.opencall.evaluation.EvaluationResult.SlotResult;
import org.opencall.evaluation.domain.ConsensusRule;
import org.opencall.evaluation.domain.Evaluation;
import org.opencall.evaluation.domain.EvaluationCriterion;
import org.opencall.evaluation.domain.EvaluationRepository;
import org.opencall.evaluation.domain.PastHolder;
import org.opencall.evaluation.domain.Scorecard;
import org.opencall.evaluation.domain.Slot;
import org.opencall.platform.JsonColumns;
import org.postgresql.util.PGobject;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The evaluations of proposals with every expert's scores, for the dashboards of the
 * programme's officers and for auditors. The caller checks that the reader is one of
 * them: an expert never reads another expert's scores here.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationResults {

	private final EvaluationRepository evaluations;

	private final JdbcClient jdbc;

	EvaluationResults(EvaluationRepository evaluations, JdbcClient jdbc) {
		this.evaluations = evaluations;
		this.jdbc = jdbc;
	}

	/**
	 * The consensus of every proposal of the call whose latest round is complete, however
	 * many there are, in one query that reads only the consensus: what the ranking needs
	 * of a call of 10,000 proposals.
	 */
	public List<ConsensusResult> consensusOfCall(String callReference) {
		return this.jdbc.sql("""
				select submission_reference, round, consensus_scores from (
				    select distinct on (submission_reference) submission_reference, round, status, consensus_scores
				    from evaluations where call_reference = :call order by submission_reference, round desc) latest
				where status = 'COMPLETED' and consensus_scores is not null
				order by submission_reference
				""").param("call", callReference).query((rs, i) -> {
			Scorecard card = JsonColumns.read((PGobject) rs.getObject(3), Scorecard.class);
			return new ConsensusResult(rs.getString(1), rs.getInt(2), scores(card), card.overallComment());
		}).list();
	}

	/**
	 * The proposal's latest round, running or complete: after a re-evaluation, its
	 * consensus replaces the earlier one's.
	 */
	public Optional<EvaluationResult> of(String submissionReference) {
		return this.evaluations.findBySubmission(submissionReference).map(EvaluationResults::result);
	}

	/** Every round of the proposal's evaluation, the first first. */
	public List<EvaluationResult> rounds(String submissionReference) {
		return this.evaluations.findRounds(submissionReference).stream().map(EvaluationResults::result).toList();
	}

	/**
	 * The latest round of the evaluation of each of a call's proposals, by submission
	 * reference (at most 2,000).
	 */
	public List<EvaluationResult> ofCall(String callReference) {
		return this.evaluations.findByCall(callReference).stream().map(EvaluationResults::result).toList();
	}

	private static EvaluationResult result(Evaluation evaluation) {
		List<SlotResult> slots = IntStream.range(0, evaluation.slots().size()).mapToObj((i) -> {
			Slot slot = evaluation.slots().get(i);
			Scorecard card = slot.scorecard();
			return new SlotResult(i, slot.expert(), slot.state().name(),
					(slot.assignedAt() != null) ? evaluation.scoringDueAt(i) : null, scores(card),
					(card != null) ? card.overallComment() : null,
					slot.pastHolders().list().stream().map(PastHolder::expert).toList());
		}).toList();
		List<BigDecimal> spreads = ConsensusRule.spreads(evaluation.criteria(), evaluation.scorecards());
		Scorecard consensus = evaluation.consensusScores();
		return new EvaluationResult(evaluation.submissionReference(), evaluation.callReference(), evaluation.round(),
				evaluation.status().name(), evaluation.criteria().stream().map(EvaluationCriterion::name).toList(),
				slots, spreads, evaluation.consensusNeeded(),
				(evaluation.consensusReport() != null) ? evaluation.consensusReport().rapporteur() : null,
				scores(consensus), (consensus != null) ? consensus.overallComment() : null, evaluation.completedAt());
	}

	private static List<ScoreResult> scores(Scorecard card) {
		return (card == null) ? List.of()
				: card.scores().stream().map((s) -> new ScoreResult(s.criterion(), s.score(), s.comment())).toList();
	}

}
