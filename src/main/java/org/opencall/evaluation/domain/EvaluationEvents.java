package org.opencall.evaluation.domain;

import java.time.Instant;
import java.util.List;

import org.opencall.platform.Audited;

/**
 * What happens in the evaluation of a proposal, past tense: each transition of
 * {@link Evaluation} answers one. Each names the proposal (the submission's reference)
 * and its call, and, for a slot, its position (0-based) and expert; the audit trail keeps
 * each under the proposal and the call, with the person who acted.
 */
public final class EvaluationEvents {

	private EvaluationEvents() {
	}

	/** An event of one proposal's evaluation, kept under the proposal and its call. */
	interface OfProposal extends Audited {

		String submission();

		String call();

		@Override
		default List<String> auditSubjects() {
			return List.of(submission(), call());
		}

	}

	public record EvaluationStarted(String submission, String call, List<String> experts) implements OfProposal {

		@Override
		public String auditActor() {
			return null;
		}

	}

	/**
	 * A later round of the proposal's evaluation started with new experts, asked for by
	 * an officer who upheld a redress request.
	 */
	public record ReevaluationStarted(String submission, String call, int round, List<String> experts,
			String requestedBy) implements OfProposal {

		@Override
		public String auditActor() {
			return this.requestedBy;
		}

	}

	public record NoConflictDeclared(String submission, String call, int slot, String expert) implements OfProposal {

		@Override
		public String auditActor() {
			return this.expert;
		}

	}

	public record ConflictDeclared(String submission, String call, int slot, String expert,
			String description) implements OfProposal {

		@Override
		public String auditActor() {
			return this.expert;
		}

	}

	public record SlotDeclined(String submission, String call, int slot, String expert,
			String reason) implements OfProposal {

		@Override
		public String auditActor() {
			return this.expert;
		}

	}

	public record DeclarationDeadlineMissed(String submission, String call, int slot,
			String expert) implements OfProposal {

		@Override
		public String auditActor() {
			return null;
		}

	}

	/** What became of a slot its expert left. */
	public sealed interface HandOver extends OfProposal permits SlotHandedOver, SlotLeftVacant {

		int slot();

	}

	/** The slot went from an expert who left it ({@code why}) to the next one. */
	public record SlotHandedOver(String submission, String call, int slot, String previousExpert, String nextExpert,
			SlotState why) implements HandOver {

		@Override
		public String auditActor() {
			return null;
		}

	}

	/** No expert was left to take the slot; the programme's officers are told. */
	public record SlotLeftVacant(String submission, String call, String programme, int slot, String previousExpert,
			SlotState why) implements HandOver {

		@Override
		public String auditActor() {
			return null;
		}

	}

	/** The expert submitted their scores and comments for the proposal. */
	public record ScoreSubmitted(String submission, String call, int slot, String expert,
			Scorecard scores) implements OfProposal {

		@Override
		public String auditActor() {
			return this.expert;
		}

	}

	public record ExpertReminded(String submission, String call, int slot, String expert,
			Instant dueAt) implements OfProposal {

		@Override
		public String auditActor() {
			return null;
		}

	}

	public record ScoringOverdue(String submission, String call, String programme, int slot, String expert,
			Instant dueAt) implements OfProposal {

		@Override
		public String auditActor() {
			return null;
		}

	}

	/** An officer chose the rapporteur among the experts before the consensus round. */
	public record RapporteurChosen(String submission, String call, String rapporteur,
			String officer) implements OfProposal {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record ConsensusRoundOpened(String submission, String call, String rapporteur) implements OfProposal {

		@Override
		public String auditActor() {
			return null;
		}

	}

	/** The consensus scores were computed from the experts' scores, without a round. */
	public record ConsensusComputed(String submission, String call, Scorecard consensus) implements OfProposal {

		@Override
		public String auditActor() {
			return null;
		}

	}

	public record ConsensusDrafted(String submission, String call, String rapporteur, int draft,
			List<String> otherExperts, Scorecard consensus) implements OfProposal {

		@Override
		public String auditActor() {
			return this.rapporteur;
		}

	}

	public record ConsensusAnswered(String submission, String call, String expert,
			boolean agrees) implements OfProposal {

		@Override
		public String auditActor() {
			return this.expert;
		}

	}

	public record ConsensusSentBack(String submission, String call, String officer, String comment,
			String rapporteur) implements OfProposal {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record ConsensusApproved(String submission, String call, String officer) implements OfProposal {

		@Override
		public String auditActor() {
			return this.officer;
		}

	}

	public record EvaluationCompleted(String submission, String call, int round,
			Scorecard consensus) implements OfProposal {

		@Override
		public String auditActor() {
			return null;
		}

	}

}
