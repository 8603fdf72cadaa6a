package org.opencall.evaluation.domain;

import java.time.Instant;
import java.util.List;

/**
 * What happens in the evaluation of a proposal, past tense: each transition of
 * {@link Evaluation} answers one. Each names the proposal (the submission's reference)
 * and, for a slot, its position (0-based) and expert.
 */
public final class EvaluationEvents {

	private EvaluationEvents() {
	}

	public record EvaluationStarted(String submission, String call, List<String> experts) {
	}

	/**
	 * A later round of the proposal's evaluation started with new experts, asked for by
	 * an officer who upheld a redress request.
	 */
	public record ReevaluationStarted(String submission, String call, int round, List<String> experts,
			String requestedBy) {
	}

	public record NoConflictDeclared(String submission, int slot, String expert) {
	}

	public record ConflictDeclared(String submission, int slot, String expert, String description) {
	}

	public record SlotDeclined(String submission, int slot, String expert, String reason) {
	}

	public record DeclarationDeadlineMissed(String submission, int slot, String expert) {
	}

	/** What became of a slot its expert left. */
	public sealed interface HandOver permits SlotHandedOver, SlotLeftVacant {

		int slot();

	}

	/** The slot went from an expert who left it ({@code why}) to the next one. */
	public record SlotHandedOver(String submission, int slot, String previousExpert, String nextExpert,
			SlotState why) implements HandOver {
	}

	/** No expert was left to take the slot; the programme's officers are told. */
	public record SlotLeftVacant(String submission, String programme, int slot, String previousExpert,
			SlotState why) implements HandOver {
	}

	public record ScoreSubmitted(String submission, int slot, String expert) {
	}

	public record ExpertReminded(String submission, int slot, String expert, Instant dueAt) {
	}

	public record ScoringOverdue(String submission, String programme, int slot, String expert, Instant dueAt) {
	}

	/** An officer chose the rapporteur among the experts before the consensus round. */
	public record RapporteurChosen(String submission, String rapporteur, String officer) {
	}

	public record ConsensusRoundOpened(String submission, String rapporteur) {
	}

	public record ConsensusComputed(String submission) {
	}

	public record ConsensusDrafted(String submission, String rapporteur, int draft, List<String> otherExperts) {
	}

	public record ConsensusAnswered(String submission, String expert, boolean agrees) {
	}

	public record ConsensusSentBack(String submission, String officer, String comment, String rapporteur) {
	}

	public record ConsensusApproved(String submission, String officer) {
	}

	public record EvaluationCompleted(String submission, String call, int round, Scorecard consensus) {
	}

}
