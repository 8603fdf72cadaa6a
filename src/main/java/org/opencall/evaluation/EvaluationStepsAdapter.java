package org.opencall.evaluation;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.opencall.calls.CallCatalogue;
import org.opencall.evaluation.domain.Evaluation;
import org.opencall.evaluation.domain.EvaluationEvents;
import org.opencall.evaluation.domain.ScoreSheet;
import org.opencall.evaluation.domain.SlotState;
import org.opencall.evaluation.process.EvaluationSteps;
import org.opencall.evaluation.process.TaskContexts.ConsensusContext;
import org.opencall.evaluation.process.TaskContexts.DeclarationContext;
import org.opencall.evaluation.process.TaskContexts.ScoringContext;
import org.opencall.platform.ActionForbiddenException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The evaluation module's answer to its process: each step the {@code evaluation}
 * instance takes, applied to the proposal's evaluation in the engine's transaction.
 * Package-private, so that no other module takes these steps.
 */
@Component
class EvaluationStepsAdapter implements EvaluationSteps {

	private final Evaluations evaluations;

	private final EvaluationContexts contexts;

	private final ReplacementExperts replacements;

	private final ApplicationEventPublisher events;

	private final CallCatalogue calls;

	private final Clock clock;

	EvaluationStepsAdapter(Evaluations evaluations, EvaluationContexts contexts, ReplacementExperts replacements,
			ApplicationEventPublisher events, CallCatalogue calls, Clock clock) {
		this.evaluations = evaluations;
		this.calls = calls;
		this.contexts = contexts;
		this.replacements = replacements;
		this.events = events;
		this.clock = clock;
	}

	@Override
	public int slots(String submission) {
		return this.evaluations.of(submission).slots().size();
	}

	@Override
	public String expert(String submission, int slot) {
		return this.evaluations.of(submission).slot(slot).expert();
	}

	@Override
	public Instant declarationDue(String submission, int slot) {
		return this.evaluations.of(submission).declarationDueAt(slot);
	}

	@Override
	public Instant reminderAt(String submission, int slot) {
		return this.evaluations.of(submission).reminderAt(slot);
	}

	@Override
	public Instant scoringDue(String submission, int slot) {
		return this.evaluations.of(submission).scoringDueAt(slot);
	}

	@Override
	public String programmeCode(String submission) {
		return this.evaluations.of(submission).programmeCode();
	}

	@Override
	public DeclarationContext declarationContext(String submission, int slot) {
		return this.contexts.declaration(this.evaluations.of(submission), slot);
	}

	@Override
	public ScoringContext scoringContext(String submission, int slot) {
		return this.contexts.scoring(this.evaluations.of(submission), slot);
	}

	@Override
	public ConsensusContext consensusContext(String submission) {
		return this.contexts.consensus(this.evaluations.of(submission));
	}

	@Override
	public void declare(String submission, int slot, String expert, Declaration declaration, String text) {
		Instant now = this.clock.instant();
		this.evaluations.change(submission, (evaluation) -> switch (declaration) {
			case NO_CONFLICT -> evaluation.declareNoConflict(slot, expert, now);
			case CONFLICT -> evaluation.declareConflict(slot, expert, text, now);
			case DECLINE -> evaluation.decline(slot, expert, text, now);
		});
	}

	@Override
	public void missDeclarationDeadline(String submission, int slot) {
		this.evaluations.change(submission,
				(evaluation) -> evaluation.missDeclarationDeadline(slot, this.clock.instant()));
	}

	@Override
	public void handOver(String submission, int slot) {
		Optional<String> next = this.replacements.nextFor(submission, this.evaluations.of(submission).expertsSoFar());
		this.evaluations.change(submission, (evaluation) -> evaluation.handOver(slot, next, this.clock.instant()));
	}

	@Override
	public boolean isFreeOfConflict(String submission, int slot) {
		return this.evaluations.of(submission).slot(slot).state() == SlotState.NO_CONFLICT_DECLARED;
	}

	@Override
	public boolean isVacant(String submission, int slot) {
		return this.evaluations.of(submission).slot(slot).state() == SlotState.VACANT;
	}

	@Override
	public void score(String submission, int slot, String expert, List<String> scores, List<String> comments,
			String overallComment) {
		ScoreSheet sheet = new ScoreSheet(scores, comments, overallComment);
		this.evaluations.change(submission,
				(evaluation) -> evaluation.score(slot, expert, sheet, this.clock.instant()));
	}

	@Override
	public void remind(String submission, int slot) {
		this.evaluations.change(submission, (evaluation) -> evaluation.remind(slot, this.clock.instant()));
	}

	@Override
	public void escalate(String submission, int slot) {
		this.evaluations.change(submission, (evaluation) -> evaluation.escalate(slot, this.clock.instant()));
	}

	@Override
	public ConsensusInputs consensusInputs(String submission) {
		Evaluation evaluation = this.evaluations.of(submission);
		return new ConsensusInputs(evaluation.settings().consensusMode().name(),
				evaluation.maximumSpread().doubleValue(), evaluation.settings().allowedSpread().doubleValue());
	}

	@Override
	public void decideConsensus(String submission, boolean needed) {
		this.evaluations.change(submission, (evaluation) -> evaluation.decideConsensus(needed).orElse(null));
	}

	@Override
	public boolean isConsensusNeeded(String submission) {
		return Boolean.TRUE.equals(this.evaluations.of(submission).consensusNeeded());
	}

	@Override
	public void computeMeanConsensus(String submission) {
		this.evaluations.change(submission, Evaluation::computeMeanConsensus);
	}

	@Override
	public String rapporteur(String submission) {
		return this.evaluations.of(submission).consensusReport().rapporteur();
	}

	@Override
	public List<String> otherExperts(String submission) {
		return this.evaluations.of(submission).otherExperts();
	}

	@Override
	public void draftConsensus(String submission, String rapporteur, List<String> scores, List<String> comments,
			String overallComment) {
		ScoreSheet sheet = new ScoreSheet(scores, comments, overallComment);
		this.evaluations.change(submission, (evaluation) -> evaluation.draftConsensus(rapporteur, sheet));
	}

	@Override
	public void answerConsensus(String submission, String expert, boolean agrees, String comment) {
		this.evaluations.change(submission,
				(evaluation) -> evaluation.answerConsensus(expert, agrees, comment, this.clock.instant()));
	}

	@Override
	public void moderateConsensus(String submission, String officer, boolean approve, String comment) {
		// the programme's group also holds its project officers: moderating is a
		// programme
		// officer's work
		String programme = this.evaluations.of(submission).programmeCode();
		if (officer == null || this.calls.programmesOf(officer).stream().noneMatch((p) -> p.code().equals(programme))) {
			throw new ActionForbiddenException(
					"Only a programme officer of the call's programme moderates the consensus report of " + submission);
		}
		this.evaluations.change(submission,
				(evaluation) -> approve ? evaluation.approveConsensus(officer, this.clock.instant())
						: evaluation.sendBackConsensus(officer, comment));
	}

	@Override
	public boolean isConsensusApproved(String submission) {
		return this.evaluations.of(submission).isConsensusApproved();
	}

	@Override
	public void complete(String submission) {
		EvaluationEvents.EvaluationCompleted completed = this.evaluations.change(submission,
				(evaluation) -> evaluation.complete(this.clock.instant()));
		this.events.publishEvent(new EvaluationCompleted(completed.submission(), completed.call(), completed.round()));
	}

}
