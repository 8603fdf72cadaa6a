package org.opencall.evaluation.process;

import java.time.Instant;
import java.util.List;

import org.opencall.evaluation.process.TaskContexts.ConsensusContext;
import org.opencall.evaluation.process.TaskContexts.DeclarationContext;
import org.opencall.evaluation.process.TaskContexts.ScoringContext;

/**
 * What {@code evaluation}'s delegates, listeners and expressions ask of the evaluation
 * module, each step about the proposal the instance is about (its business key) and, in
 * an expert's slot, the slot (the multi-instance counter). Who acts comes from the
 * engine's authentication; the module checks that it is the slot's expert, the rapporteur
 * or an officer as the step requires. The module answers through a package-private
 * adapter, so that no other module can take these steps.
 */
public interface EvaluationSteps {

	int slots(String submission);

	String expert(String submission, int slot);

	Instant declarationDue(String submission, int slot);

	Instant reminderAt(String submission, int slot);

	Instant scoringDue(String submission, int slot);

	String programmeCode(String submission);

	DeclarationContext declarationContext(String submission, int slot);

	ScoringContext scoringContext(String submission, int slot);

	ConsensusContext consensusContext(String submission);

	/** The expert declares no conflict, a conflict (described) or declines (with why). */
	void declare(String submission, int slot, String expert, Declaration declaration, String text);

	/** The declaration deadline passed: the slot's expert leaves it. */
	void missDeclarationDeadline(String submission, int slot);

	/** Hands a slot its expert left to the next expert, or leaves it vacant. */
	void handOver(String submission, int slot);

	boolean isFreeOfConflict(String submission, int slot);

	boolean isVacant(String submission, int slot);

	void score(String submission, int slot, String expert, List<String> scores, List<String> comments,
			String overallComment);

	void remind(String submission, int slot);

	void escalate(String submission, int slot);

	/** What the consensus table decides on. */
	ConsensusInputs consensusInputs(String submission);

	void decideConsensus(String submission, boolean needed);

	boolean isConsensusNeeded(String submission);

	void computeMeanConsensus(String submission);

	String rapporteur(String submission);

	/** The experts who scored other than the rapporteur, in slot order. */
	List<String> otherExperts(String submission);

	void draftConsensus(String submission, String rapporteur, List<String> scores, List<String> comments,
			String overallComment);

	void answerConsensus(String submission, String expert, boolean agrees, String comment);

	void moderateConsensus(String submission, String officer, boolean approve, String comment);

	boolean isConsensusApproved(String submission);

	void complete(String submission);

	/** An expert's declaration on a proposal, as the form's choice names it. */
	enum Declaration {

		NO_CONFLICT("noConflict"), CONFLICT("conflict"), DECLINE("decline");

		private final String value;

		Declaration(String value) {
			this.value = value;
		}

		public String value() {
			return this.value;
		}

		public static Declaration of(String value) {
			for (Declaration declaration : values()) {
				if (declaration.value.equals(value)) {
					return declaration;
				}
			}
			return null;
		}

	}

	/**
	 * The inputs of {@code bpmn/consensus.dmn}: the call's consensus mode, the largest
	 * spread of any criterion's scores, and the spread the call allows.
	 */
	record ConsensusInputs(String consensusMode, double maximumSpread, double allowedSpread) {
	}

}
